import { LockedMarker } from "@/components/workshop/locked-marker";
import { type Claim, kindLabel, type People } from "@/lib/debate";
import { useTimeFormat } from "@/lib/use-time-format";
import { ClaimStatusBadge } from "./claim-status-badge";
import { useDebate } from "./debate-context";
import { importedNote } from "./imported-note";

/** "Objection #12 · Ben Lindqvist · 5 minutes ago · edited", then the status badge. */
export function ClaimHeading({ claim }: { claim: Claim }) {
  const { people, readAt } = useDebate();
  const time = useTimeFormat();
  const label = (
    <>
      {kindLabel(claim)} <span className="text-stone-900">#{claim.number}</span>
    </>
  );
  const labelClass = "text-xs font-semibold tracking-wide text-stone-500 uppercase";
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      {claim.kind === "position" ? (
        <h3 className={labelClass}>{label}</h3>
      ) : (
        <p className={labelClass}>{label}</p>
      )}
      <span aria-hidden="true" className="text-stone-400">
        ·
      </span>
      <p className="text-sm text-stone-700">
        {claim.imported ? (
          // The file said who wrote it; the record says it came from a file.
          <span className="font-medium text-stone-800">{importedNote(claim.imported, time)}</span>
        ) : (
          <>
            <span className="sr-only">by </span>
            {authorName(claim, people)}
          </>
        )}
      </p>
      <span aria-hidden="true" className="text-stone-400">
        ·
      </span>
      <p className="text-sm text-stone-500">
        <time dateTime={claim.createdAt} title={time.dateTime(claim.createdAt)}>
          {time.relative(claim.createdAt, readAt)}
        </time>
        {claim.revisionCount > 1 ? " · edited" : null}
      </p>
      <ClaimStatusBadge claim={claim} />
      {claim.lockedAt ? <LockedMarker /> : null}
    </div>
  );
}

function authorName(claim: Claim, people: People) {
  const name = claim.authorId ? people[claim.authorId] : undefined;
  if (name) return claim.isMine ? `${name} (you)` : name;
  return claim.isMine ? "Anonymous (you)" : "Anonymous";
}
