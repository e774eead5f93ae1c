"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { type FormEvent, useState } from "react";
import { useDebate, useRefreshDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { type DebatePhase, type DebateView, PHASE_LABELS } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ParkObjections } from "./park-objections";
import { PHASE_HINTS, PHASE_ORDER, suggestedNextPhase } from "./phase-words";

/** Whether the server refused voting because objections are still unanswered. */
function isPhaseGate(error: unknown, phase: DebatePhase) {
  return (
    phase === "voting" &&
    error instanceof TRPCClientError &&
    (error.data as { code?: string } | undefined)?.code === "CONFLICT"
  );
}

/** Moves the debate to another phase, with an optional timer; parks objections when voting asks for it. */
export function PhaseForm({ view }: { view: DebateView }) {
  const trpc = useTRPC();
  const { debateId, announce, claimById } = useDebate();
  const refresh = useRefreshDebate();
  const current = view.debate.phase;
  const [phase, setPhase] = useState<DebatePhase>(suggestedNextPhase(current));
  const [minutes, setMinutes] = useState("");
  const [parking, setParking] = useState(false);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  // Objections parked earlier stay parked: the gate asks only about the others.
  const objections = view.unansweredObjectionIds
    .map((id) => claimById.get(id))
    .filter((claim) => claim !== undefined)
    .filter((claim) => claim.park === null);
  const move = useMutation(
    trpc.workshop.setPhase.mutationOptions({
      onSuccess: async (debate) => {
        await refresh();
        announce(`Moved the debate to ${PHASE_LABELS[debate.phase].toLowerCase()}.`);
      },
      onError: (error) => {
        if (isPhaseGate(error, phase) && objections.length > 0) setParking(true);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parks = parking
      ? objections.map((claim) => ({ claimId: claim.id, reason: reasons[claim.id] ?? "" }))
      : [];
    move.mutate({ debateId, phase, timerMinutes: minutes ? Number(minutes) : null, parks });
  }

  function choose(next: DebatePhase) {
    setPhase(next);
    setParking(false);
    move.reset();
  }

  const submitLabel =
    parking && phase === "voting"
      ? `Park ${objections.length === 1 ? "the objection" : `${objections.length} objections`} and start voting`
      : `Move to ${PHASE_LABELS[phase].toLowerCase()}`;

  return (
    <form onSubmit={onSubmit} aria-labelledby="phase-form-heading" className="space-y-4">
      <h3 id="phase-form-heading" className="font-semibold tracking-tight">
        Phase and timer
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Next phase"
          value={phase}
          onChange={(event) => choose(event.target.value as DebatePhase)}
          hint={PHASE_HINTS[phase]}
        >
          {PHASE_ORDER.map((option) => (
            <option key={option} value={option}>
              {PHASE_LABELS[option]}
              {option === current ? " (current: restart its timer)" : ""}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Timer in minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={480}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          hint="Optional. Everyone sees it count down."
        />
      </div>
      <FormError message={move.error ? getErrorMessage(move.error) : null} />
      {parking && phase === "voting" ? (
        <ParkObjections
          objections={objections}
          reasons={reasons}
          onReasonChange={(id, reason) => setReasons((all) => ({ ...all, [id]: reason }))}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={move.isPending} pendingLabel="Moving…">
          {submitLabel}
        </Button>
        {parking ? <Button onClick={() => choose(phase)}>Back</Button> : null}
      </div>
    </form>
  );
}
