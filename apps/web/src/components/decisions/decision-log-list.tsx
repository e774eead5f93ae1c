import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { countLabel } from "@/lib/debate";
import { formatDate } from "@/lib/format-time";
import { DecisionStatusBadge } from "./decision-status-badge";
import type { DecisionLogEntry } from "./decision-words";

type DecisionLogListProps = { slug: string; entries: DecisionLogEntry[]; filtered: boolean };

/** Newest first; each entry a link to its decision, contested ones marked out. */
export function DecisionLogList({ slug, entries, filtered }: DecisionLogListProps) {
  if (entries.length === 0) {
    return (
      <p className="text-stone-700">
        {filtered ? "No decision matches these filters." : "No decisions recorded yet."}
      </p>
    );
  }
  return (
    <ol
      aria-label="Decisions"
      className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
    >
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={`border-l-4 ${entry.status === "contested" ? "border-l-amber-500" : "border-l-transparent"}`}
        >
          <Link
            href={`/w/${slug}/decisions/${entry.id}`}
            className="flex items-center gap-3 px-4 py-3 hover:bg-stone-50"
          >
            <span className="min-w-0 flex-1 space-y-1">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-pretty text-stone-900">{entry.outcome}</span>
                <DecisionStatusBadge status={entry.status} />
              </span>
              <span className="block text-sm text-stone-600">{entry.debate.question}</span>
              <span className="flex flex-wrap gap-x-3 text-sm text-stone-600">
                <span>
                  Decided{" "}
                  <time dateTime={entry.recordedAt.toISOString()}>
                    {formatDate(entry.recordedAt)}
                  </time>
                </span>
                <span>Owner: {entry.owner?.displayName ?? "—"}</span>
                {entry.reviewBy ? <span>Review by {formatDate(entry.reviewBy)}</span> : null}
                <span>{countLabel(entry.openObjectionCount, "open objection")} at the time</span>
                {entry.version > 1 ? <span>Version {entry.version}</span> : null}
              </span>
            </span>
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-stone-400" />
          </Link>
        </li>
      ))}
    </ol>
  );
}
