"use client";

import { AGREEMENTS } from "@steelman/api/vocabulary";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useDebate, useRefreshDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { AGREEMENT_LABELS, type Agreement, IMPACT_LABELS } from "./vote-words";

const AGREEMENT_CHOICES = AGREEMENTS.map((value) => ({
  value,
  label: AGREEMENT_LABELS[value],
}));

/** Agree / unsure / disagree, and for a support or objection its impact on its target. */
export function ClaimVoteForm({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const trpc = useTRPC();
  const { announce, claimById } = useDebate();
  const refresh = useRefreshDebate();
  const name = useId();
  const n = claim.number;
  const [agreement, setAgreement] = useState<Agreement | null>(claim.myVote?.agreement ?? null);
  const [impact, setImpact] = useState(claim.myVote?.impact?.toString() ?? "");
  const [missing, setMissing] = useState<string | null>(null);
  const target = claim.targetId ? claimById.get(claim.targetId) : undefined;
  const done = async (message: string) => {
    await refresh();
    announce(message);
    onClose();
  };
  const vote = useMutation(
    trpc.claim.vote.mutationOptions({
      onSuccess: (saved) => done(`Voted ${saved.agreement} on #${n}.`),
    }),
  );
  const unvote = useMutation(
    trpc.claim.unvote.mutationOptions({ onSuccess: () => done(`Removed your vote on #${n}.`) }),
  );
  const error = vote.error ?? unvote.error;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!agreement) return setMissing("Choose agree, unsure or disagree.");
    setMissing(null);
    unvote.reset();
    vote.mutate({ claimId: claim.id, agreement, impact: impact === "" ? null : Number(impact) });
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === "Escape" && onClose()}
      aria-label={`Your vote on #${n}`}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm"
    >
      <ChoiceGroup
        legend={`Your vote on #${n}`}
        name={name}
        choices={AGREEMENT_CHOICES}
        value={agreement}
        onChange={setAgreement}
        inline
        compact
      />
      {claim.kind !== "position" && claim.kind !== "proposal" ? (
        <SelectField
          label="Impact"
          value={impact}
          onChange={(event) => setImpact(event.target.value)}
          hint={`How much #${n} matters to ${target ? `#${target.number}` : "its target"}, if it holds.`}
          className="sm:max-w-56"
        >
          <option value="">Not rated</option>
          {IMPACT_LABELS.map((label, value) => (
            <option key={label} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <FormError message={missing ?? (error ? getErrorMessage(error) : null)} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={vote.isPending} pendingLabel="Saving…">
          Save vote
        </Button>
        {claim.myVote ? (
          <Button
            variant="danger"
            pending={unvote.isPending}
            pendingLabel="Removing…"
            onClick={() => {
              vote.reset();
              unvote.mutate({ claimId: claim.id });
            }}
          >
            Remove my vote
          </Button>
        ) : null}
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}
