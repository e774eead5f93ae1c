import { formatDate, formatDateTime } from "@/lib/format-time";
import { DecisionStatusBadge } from "./decision-status-badge";
import type { DecisionDetail } from "./decision-words";

/** Status, owner, review date, and who recorded it when. */
export function DecisionFacts({ decision: d }: { decision: DecisionDetail }) {
  const overdue = d.reviewBy !== null && d.reviewBy <= new Date();
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm sm:grid-cols-2">
      <Fact term="Status">
        <DecisionStatusBadge status={d.status} />
      </Fact>
      <Fact term="Owner">{d.owner?.displayName ?? "—"}</Fact>
      <Fact term="Review by">
        {d.reviewBy ? (
          <time
            dateTime={d.reviewBy.toISOString()}
            className={overdue ? "font-medium text-sky-900" : ""}
          >
            {formatDate(d.reviewBy)}
            {overdue ? " (due)" : null}
          </time>
        ) : (
          "—"
        )}
      </Fact>
      <Fact term="Recorded">
        <time dateTime={d.recordedAt.toISOString()}>{formatDateTime(d.recordedAt)}</time>
        {d.recordedBy ? ` by ${d.recordedBy.displayName}` : null}
      </Fact>
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="space-y-0.5">
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{term}</dt>
      <dd className="text-stone-900">{children}</dd>
    </div>
  );
}
