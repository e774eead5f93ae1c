import { TextField } from "@/components/ui/field";
import { type Claim, excerpt, kindLabel } from "@/lib/debate";

type ParkObjectionsProps = {
  objections: Claim[];
  reasons: Record<string, string>;
  onReasonChange: (claimId: string, reason: string) => void;
};

/**
 * The phase gate's second step: each unanswered objection, with the reason
 * the group moves to a vote without answering it. Parking keeps the objection
 * open; the reason is recorded in the debate's activity.
 */
export function ParkObjections({ objections, reasons, onReasonChange }: ParkObjectionsProps) {
  return (
    <fieldset className="space-y-4 rounded-md border border-amber-300 bg-amber-50/60 p-4">
      <legend className="px-1 font-semibold text-amber-950">Park objections</legend>
      <p className="text-sm text-stone-700">
        Voting starts only when every unanswered objection is answered or parked. Give a reason for
        each: it is recorded, and the objection stays open.
      </p>
      {objections.map((claim, index) => (
        <TextField
          key={claim.id}
          label={`Reason for parking ${kindLabel(claim).toLowerCase()} #${claim.number}`}
          // The step appears after the server's refusal: start where the work is.
          autoFocus={index === 0}
          hint={claim.body ? `#${claim.number}: ${excerpt(claim.body, 140)}` : null}
          value={reasons[claim.id] ?? ""}
          onChange={(event) => onReasonChange(claim.id, event.target.value)}
          required
        />
      ))}
    </fieldset>
  );
}
