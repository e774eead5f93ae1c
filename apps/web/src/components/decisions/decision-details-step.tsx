"use client";

import { OUTCOME_MAX, RATIONALE_MAX, recordDecisionFields } from "@steelman/api/schemas";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { LimitedTextArea } from "@/components/ui/limited-text-area";
import { countLabel } from "@/lib/debate";
import { checkFields, type FieldErrors } from "@/lib/field-errors";
import type { DecisionDraft } from "./decision-draft";
import type { Preparation } from "./decision-words";
import { PremiseChoices, type PremiseOption } from "./premise-choices";

const detailsFields = recordDecisionFields.pick({ outcome: true, rationale: true });

type DetailsStepProps = {
  draft: DecisionDraft;
  preparation: Preparation;
  /** Claims a decision may rest on: those standing now, plus any the amended decision rested on. */
  premises: PremiseOption[];
  onChange: (patch: Partial<DecisionDraft>) => void;
  onNext: () => void;
};

/** What was decided, why, from which proposal, on which claims, owned by whom, reviewed when. */
export function DecisionDetailsStep({
  draft,
  preparation,
  premises,
  onChange,
  onNext,
}: DetailsStepProps) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const open = preparation.openObjections.length;

  function chooseProposal(proposalId: string) {
    const proposal = preparation.closedProposals.find((p) => p.id === proposalId);
    // The proposal is the decision's proposal, never one of its premises (positions and supports).
    const patch: Partial<DecisionDraft> = { proposalId };
    if (proposal && !draft.outcome.trim()) patch.outcome = proposal.title;
    onChange(patch);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // This step's fields, checked with the API's own rules before the next step.
    const found = checkFields(detailsFields, {
      outcome: draft.outcome,
      rationale: draft.rationale,
    });
    setErrors(found ?? {});
    if (!found) onNext();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label="Decision details">
      <SelectField
        label="From proposal (optional)"
        value={draft.proposalId}
        onChange={(event) => chooseProposal(event.target.value)}
        hint="Its tally at closing is kept with the decision."
      >
        <option value="">None: recorded directly</option>
        {preparation.closedProposals.map((proposal) => (
          <option key={proposal.id} value={proposal.id}>
            {proposal.title}
          </option>
        ))}
      </SelectField>
      <LimitedTextArea
        label="Outcome"
        value={draft.outcome}
        onValueChange={(outcome) => onChange({ outcome })}
        max={OUTCOME_MAX}
        required
        rows={2}
        error={errors.outcome}
        hint="What was decided, in a sentence someone can act on."
      />
      <LimitedTextArea
        label="Rationale"
        value={draft.rationale}
        onValueChange={(rationale) => onChange({ rationale })}
        max={RATIONALE_MAX}
        rows={4}
        error={errors.rationale}
        hint="Why: the reasons a reader a year from now will need."
      />
      <PremiseChoices
        premises={premises}
        chosen={draft.premiseClaimIds}
        onChange={(premiseClaimIds) => onChange({ premiseClaimIds })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Owner"
          value={draft.ownerId}
          onChange={(event) => onChange({ ownerId: event.target.value })}
          required
          hint="Who sees it through."
        >
          {preparation.possibleOwners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.displayName}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Review by (optional)"
          type="date"
          value={draft.reviewBy}
          onChange={(event) => onChange({ reviewBy: event.target.value })}
          hint="When to look at it again."
        />
      </div>
      <Button type="submit" variant="primary">
        {open > 0 ? `Next: ${countLabel(open, "open objection")}` : "Next: review"}
      </Button>
    </form>
  );
}
