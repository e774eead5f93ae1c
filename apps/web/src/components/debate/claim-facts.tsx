import { CircleAlert } from "lucide-react";
import { type Claim, countLabel, RESOLUTION_LABELS } from "@/lib/debate";
import { useTimeFormat } from "@/lib/use-time-format";
import { ClaimLink } from "./claim-link";
import { useDebate } from "./debate-context";
import { importedNote } from "./imported-note";
import { LinkedTargets } from "./linked-targets";
import { OpenObjectionNote } from "./open-objection-note";

/** What the reader should know beyond the text: open objections, resolution, extra targets. */
export function ClaimFacts({ claim, canUnlink = false }: { claim: Claim; canUnlink?: boolean }) {
  const { claimById } = useDebate();
  const linked = claim.linkedTargetIds
    .map((id) => claimById.get(id))
    .filter((target) => target !== undefined);
  const needsAnswer = claim.park !== null || (claim.reopened && claim.answerNextIds.length > 0);
  const hasFacts =
    claim.unansweredCount > 0 || claim.resolution || linked.length > 0 || needsAnswer;
  if (!hasFacts) return null;

  return (
    <ul className="space-y-1 text-sm text-stone-700">
      {needsAnswer ? (
        <li>
          <OpenObjectionNote claim={claim} />
        </li>
      ) : null}
      {claim.unansweredCount > 0 ? (
        <li className="inline-flex items-center gap-1.5 font-medium text-amber-900">
          <CircleAlert aria-hidden="true" className="size-4" />
          {countLabel(claim.unansweredCount, "unanswered objection")}
        </li>
      ) : null}
      {claim.resolution ? <ResolutionFact resolution={claim.resolution} /> : null}
      {linked.length > 0 ? (
        <li>
          <LinkedTargets claim={claim} targets={linked} canUnlink={canUnlink} />
        </li>
      ) : null}
    </ul>
  );
}

function ResolutionFact({ resolution }: { resolution: NonNullable<Claim["resolution"]> }) {
  const { claimById, people } = useDebate();
  const time = useTimeFormat();
  const duplicateOf = resolution.duplicateOfId ? claimById.get(resolution.duplicateOfId) : null;
  return (
    <li>
      <span className="font-medium">{RESOLUTION_LABELS[resolution.kind]}</span>
      {duplicateOf ? (
        <>
          {" of "}
          <ClaimLink number={duplicateOf.number} />
        </>
      ) : null}
      {resolution.imported
        ? ` (${importedNote(resolution.imported, time)})`
        : resolution.resolvedById && people[resolution.resolvedById]
          ? ` by ${people[resolution.resolvedById]}`
          : null}
      {resolution.note ? <> — {resolution.note}</> : null}
      <span className="text-stone-500">
        {" · "}
        <time dateTime={resolution.resolvedAt}>{time.dateTime(resolution.resolvedAt)}</time>
      </span>
    </li>
  );
}
