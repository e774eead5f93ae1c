import type { Claim } from "@/lib/debate";
import { ClaimLink } from "./claim-link";
import { useDebate } from "./debate-context";

/** The claim's words, or what stands in their place once it was withdrawn, merged or hidden. */
export function ClaimBody({ claim }: { claim: Claim }) {
  const large = claim.kind === "position";
  const text = large ? "text-base sm:text-[1.0625rem]" : "text-[0.9375rem]";
  if (claim.moderation === "visible") {
    return (
      <p className={`max-w-prose leading-relaxed whitespace-pre-line text-stone-900 ${text}`}>
        {claim.body}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <p className="text-sm text-stone-600 italic">
        <ModerationNote claim={claim} />
      </p>
      {claim.body !== null ? (
        <p className="max-w-prose text-sm leading-relaxed whitespace-pre-line text-stone-500">
          {claim.body}
        </p>
      ) : null}
    </div>
  );
}

function ModerationNote({ claim }: { claim: Claim }) {
  const { claimById } = useDebate();
  if (claim.moderation === "withdrawn") return <>Withdrawn by its author.</>;
  if (claim.moderation === "merged") {
    const kept = claim.mergedIntoId ? claimById.get(claim.mergedIntoId) : undefined;
    return kept ? (
      <>
        Merged into <ClaimLink number={kept.number} />.
      </>
    ) : (
      <>Merged into another claim.</>
    );
  }
  return claim.body === null ? (
    <>Hidden by a facilitator.</>
  ) : (
    <>Hidden by a facilitator: only facilitators and owners see its text.</>
  );
}
