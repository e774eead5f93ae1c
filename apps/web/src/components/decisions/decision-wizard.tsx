"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { getErrorMessage } from "@/lib/error-message";
import { claimElementId } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useSubmissionKey } from "@/lib/use-submission-key";
import { DecisionDetailsStep } from "./decision-details-step";
import { type DecisionDraft, initialDraft, type Step, undisposed } from "./decision-draft";
import { DecisionReviewStep } from "./decision-review-step";
import { type DecisionDetail, dateFromInput, type Preparation } from "./decision-words";
import { ObjectionStep } from "./objection-step";
import type { PremiseOption } from "./premise-choices";

type WizardProps = {
  slug: string;
  debateId: string;
  userId: string;
  preparation: Preparation;
  refetchPreparation: () => Promise<Preparation | undefined>;
  amends: DecisionDetail | null;
  supersedes: DecisionDetail | null;
};

/** Details, then each open objection one by one, then a review; saving records the decision. */
export function DecisionWizard(props: WizardProps) {
  const { slug, debateId, userId, preparation, refetchPreparation, amends, supersedes } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  // Kept in this browser until saved: a reload or a detour to the debate loses nothing.
  const stored = useDraft<DecisionDraft>(
    `decision:${debateId}:${amends ? `amends:${amends.id}` : supersedes ? `supersedes:${supersedes.id}` : "new"}`,
    initialDraft(preparation, userId, amends),
  );
  const { value: draft, setValue: setDraft } = stored;
  const submission = useSubmissionKey();
  const [chosenStep, setStep] = useState<Step>({ kind: "details" });
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = preparation.openObjections;
  const premises = useMemo(() => premiseOptions(preparation, amends), [preparation, amends]);
  const record = useMutation(trpc.decision.record.mutationOptions());

  const mounted = useRef(false);
  useEffect(() => {
    // Each new step is announced by moving focus to its heading (not on first load).
    if (mounted.current && chosenStep) headingRef.current?.focus();
    mounted.current = true;
  }, [chosenStep]);

  const go = (next: Step) => {
    record.reset();
    setStep(next);
  };
  const index =
    chosenStep.kind === "objection" ? open.findIndex((o) => o.id === chosenStep.claimId) : -1;
  // An objection answered meanwhile is no longer walked: the review lists what remains.
  const step: Step = chosenStep.kind === "objection" && index < 0 ? { kind: "review" } : chosenStep;
  const objectionAt = (i: number): Step =>
    open[i] ? { kind: "objection", claimId: open[i].id } : { kind: "review" };

  async function save() {
    setNotice(null);
    try {
      const { id } = await record.mutateAsync({
        debateId,
        outcome: draft.outcome.trim(),
        rationale: draft.rationale.trim(),
        proposalId: draft.proposalId || null,
        premiseClaimIds: draft.premiseClaimIds,
        ownerId: draft.ownerId,
        reviewBy: dateFromInput(draft.reviewBy),
        amendsDecisionId: amends?.id ?? null,
        supersedesDecisionId: supersedes?.id ?? null,
        dispositions: open.map((o) => ({
          claimId: o.id,
          disposition: draft.dispositions[o.id]?.disposition ?? "accepted_risk",
          note: draft.dispositions[o.id]?.note.trim() ?? "",
        })),
        idempotencyKey: submission.current(),
      });
      submission.succeeded();
      stored.clear();
      await queryClient.invalidateQueries(trpc.decision.pathFilter());
      router.push(`/w/${slug}/decisions/${id}`);
    } catch (error) {
      // The debate may have moved on while this was written: fetch the open objections again
      // and walk to any that still need a disposition.
      const fresh = await refetchPreparation();
      const waiting = fresh ? undisposed(fresh, draft) : [];
      if (waiting[0]) {
        setNotice(`${getErrorMessage(error)} The list of open objections was refreshed.`);
        go({ kind: "objection", claimId: waiting[0].id });
      }
    }
  }

  const title =
    step.kind === "details"
      ? "The decision"
      : step.kind === "review"
        ? "Review and save"
        : `Objection ${index + 1} of ${open.length}`;

  return (
    <div className="space-y-5">
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold tracking-tight focus:outline-none"
      >
        {title}
      </h2>
      {stored.saved ? (
        <p className="text-sm text-stone-600">
          Draft saved in this browser until you save the decision.
        </p>
      ) : null}
      {notice && step.kind === "objection" ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {notice}
        </p>
      ) : null}
      {step.kind === "details" ? (
        <DecisionDetailsStep
          draft={draft}
          preparation={preparation}
          premises={premises}
          onChange={(patch) => setDraft((now) => ({ ...now, ...patch }))}
          onNext={() => go(objectionAt(0))}
        />
      ) : null}
      {step.kind === "objection" && open[index] ? (
        <ObjectionStep
          key={open[index].id}
          objection={open[index]}
          href={`/w/${slug}/d/${debateId}#${claimElementId(open[index].number)}`}
          value={draft.dispositions[open[index].id] ?? { disposition: null, note: "" }}
          onChange={(value) =>
            setDraft((now) => ({
              ...now,
              dispositions: { ...now.dispositions, [open[index]!.id]: value },
            }))
          }
          onBack={() => go(index === 0 ? { kind: "details" } : objectionAt(index - 1))}
          onNext={() => go(objectionAt(index + 1))}
          isLast={index === open.length - 1}
        />
      ) : null}
      {step.kind === "review" ? (
        <DecisionReviewStep
          draft={draft}
          preparation={preparation}
          premises={premises}
          onGo={go}
          onBack={() => go(open.length > 0 ? objectionAt(open.length - 1) : { kind: "details" })}
          onSave={save}
          saving={record.isPending}
          error={record.error ? getErrorMessage(record.error) : null}
        />
      ) : null}
    </div>
  );
}

/** Claims that stand now, plus any the amended decision rested on (marked if they no longer stand). */
function premiseOptions(preparation: Preparation, amends: DecisionDetail | null): PremiseOption[] {
  const options: PremiseOption[] = preparation.candidatePremises.map((c) => ({
    id: c.id,
    number: c.number,
    body: c.body,
    stands: true,
  }));
  for (const p of amends?.premises ?? []) {
    if (!options.some((o) => o.id === p.claimId))
      options.push({
        id: p.claimId,
        number: p.number,
        body: p.textNow ?? p.textAtDecision,
        stands: false,
      });
  }
  return options.sort((a, b) => a.number - b.number);
}
