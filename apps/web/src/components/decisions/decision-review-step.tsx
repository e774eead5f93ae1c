"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { excerpt } from "@/lib/debate";
import { formatDate } from "@/lib/format-time";
import type { DecisionDraft, Step } from "./decision-draft";
import { DISPOSITION_LABELS, dateFromInput, type Preparation } from "./decision-words";
import type { PremiseOption } from "./premise-choices";

type ReviewStepProps = {
  draft: DecisionDraft;
  preparation: Preparation;
  premises: PremiseOption[];
  onGo: (step: Step) => void;
  onBack: () => void;
  onSave: () => void;
  saving: boolean;
  error: string | null;
};

/** Everything the decision will record, each part with a way back to change it. */
export function DecisionReviewStep(props: ReviewStepProps) {
  const { draft, preparation, premises, onGo, onBack, onSave, saving, error } = props;
  const proposal = preparation.closedProposals.find((p) => p.id === draft.proposalId);
  const owner = preparation.possibleOwners.find((o) => o.id === draft.ownerId);
  const chosen = premises.filter((p) => draft.premiseClaimIds.includes(p.id));
  const reviewBy = dateFromInput(draft.reviewBy);
  const details = () => onGo({ kind: "details" });

  return (
    <div className="space-y-6">
      <dl className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        <Row term="Outcome" onChange={details}>
          <span className="whitespace-pre-line">{draft.outcome.trim()}</span>
        </Row>
        <Row term="Rationale" onChange={details}>
          <span className="whitespace-pre-line">{draft.rationale.trim() || "—"}</span>
        </Row>
        <Row term="Proposal" onChange={details}>
          {proposal ? proposal.title : "None: recorded directly"}
        </Row>
        <Row term="Rests on" onChange={details}>
          {chosen.length === 0 ? (
            "—"
          ) : (
            <ul className="space-y-1">
              {chosen.map((p) => (
                <li key={p.id}>
                  #{p.number} {excerpt(p.body, 100)}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row term="Owner" onChange={details}>
          {owner?.displayName ?? "—"}
        </Row>
        <Row term="Review by" onChange={details}>
          {reviewBy ? formatDate(reviewBy) : "—"}
        </Row>
      </dl>
      <section aria-labelledby="review-objections" className="space-y-2">
        <h3 id="review-objections" className="font-semibold">
          Open objections ({preparation.openObjections.length})
        </h3>
        {preparation.openObjections.length === 0 ? (
          <p className="text-sm text-stone-700">None: every objection is answered or resolved.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {preparation.openObjections.map((o) => {
              const d = draft.dispositions[o.id];
              return (
                <li
                  key={o.id}
                  className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-1 px-4 py-3 text-sm sm:grid-cols-[minmax(0,1fr)_8rem_auto] sm:items-start"
                >
                  <span className="col-span-2 sm:col-span-1">
                    <span className="font-medium">#{o.number}</span> {excerpt(o.body, 110)}
                    {d?.note ? <span className="block text-stone-600">Note: {d.note}</span> : null}
                  </span>
                  <span className="font-medium">
                    {d?.disposition ? DISPOSITION_LABELS[d.disposition] : "No disposition"}
                  </span>
                  <Button
                    variant="quiet"
                    className="-my-1.5 min-h-8 px-2 py-0.5"
                    onClick={() => onGo({ kind: "objection", claimId: o.id })}
                  >
                    Change<span className="sr-only"> disposition of #{o.number}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={onBack}>Back</Button>
        <Button variant="primary" pending={saving} pendingLabel="Saving…" onClick={onSave}>
          Save decision
        </Button>
      </div>
    </div>
  );
}

function Row({
  term,
  onChange,
  children,
}: {
  term: string;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-1 px-4 py-3 text-sm sm:grid-cols-[8rem_minmax(0,1fr)_auto] sm:items-start">
      <dt className="font-medium text-stone-600">{term}</dt>
      <dd className="col-span-2 row-start-2 text-stone-900 sm:col-span-1 sm:col-start-2 sm:row-start-1">
        {children}
      </dd>
      <dd className="col-start-2 row-start-1 sm:col-start-3">
        <Button variant="quiet" className="-my-1.5 min-h-8 px-2 py-0.5" onClick={onChange}>
          Change<span className="sr-only"> {term.toLowerCase()}</span>
        </Button>
      </dd>
    </div>
  );
}
