import { CirclePause, CornerDownRight } from "lucide-react";
import type { Claim } from "@/lib/debate";
import { ClaimLink } from "./claim-link";
import { useDebate } from "./debate-context";

/**
 * What an open objection still needs: its parking reason, or, when an answer
 * to it was itself countered, the counter-rebuttal to answer to close it again.
 */
export function OpenObjectionNote({ claim, compact = false }: { claim: Claim; compact?: boolean }) {
  const { claimById } = useDebate();
  const next = claim.answerNextIds.map((id) => claimById.get(id)).filter((c) => c !== undefined);
  const size = compact ? "text-xs" : "text-sm";
  return (
    <>
      {claim.park ? (
        <p className={`mt-0.5 inline-flex items-center gap-1 ${size} text-yellow-900`}>
          <CirclePause aria-hidden="true" className="size-3.5" />
          Parked: {claim.park.reason}
        </p>
      ) : null}
      {claim.reopened && next.length > 0 ? (
        <p className={`mt-0.5 inline-flex flex-wrap items-center gap-1 ${size} text-amber-900`}>
          <CornerDownRight aria-hidden="true" className="size-3.5" />
          Reopened: answer{" "}
          {next.map((c, index) => (
            <span key={c.id}>
              {index > 0 ? " and " : null}
              <ClaimLink number={c.number} />
            </span>
          ))}{" "}
          to close it
        </p>
      ) : null}
    </>
  );
}
