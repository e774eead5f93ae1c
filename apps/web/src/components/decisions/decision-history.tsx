import Link from "next/link";
import { formatDateTime } from "@/lib/format-time";
import type { DecisionDetail } from "./decision-words";

const LINK =
  "font-medium underline decoration-stone-400 underline-offset-2 hover:decoration-stone-900";

/** Versions of this decision, and the decisions it replaces or that replace it. */
export function DecisionHistory({ slug, decision: d }: { slug: string; decision: DecisionDetail }) {
  const href = (id: string) => `/w/${slug}/decisions/${id}`;
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold tracking-tight">
        History
      </h2>
      {d.supersedes ? (
        <p className="text-sm text-stone-800">
          Supersedes:{" "}
          <Link href={href(d.supersedes.id)} className={LINK}>
            {d.supersedes.outcome}
          </Link>
        </p>
      ) : null}
      {d.supersededBy ? (
        <p className="text-sm text-stone-800">
          Superseded by:{" "}
          <Link href={href(d.supersededBy.id)} className={LINK}>
            {d.supersededBy.outcome}
          </Link>{" "}
          <span className="text-stone-600">({formatDateTime(d.supersededBy.recordedAt)})</span>
        </p>
      ) : null}
      <h3 className="text-sm font-medium text-stone-800">Versions</h3>
      <ol className="space-y-1 text-sm">
        {d.versions.map((v) => (
          <li key={v.id} className="flex flex-wrap gap-x-2">
            {v.id === d.id ? (
              <span aria-current="page" className="font-medium">
                Version {v.version} (this one)
              </span>
            ) : (
              <Link href={href(v.id)} className={LINK}>
                Version {v.version}
              </Link>
            )}
            <span className="text-stone-600">
              {formatDateTime(v.recordedAt)} — {v.outcome}
            </span>
          </li>
        ))}
      </ol>
      {!d.isLatestVersion ? (
        <p className="text-sm text-amber-900">This is an earlier version; a later one exists.</p>
      ) : null}
    </section>
  );
}

/** Says at the top when this record is no longer the last word: a newer version, or a successor. */
export function LaterDecision({ slug, decision: d }: { slug: string; decision: DecisionDetail }) {
  const latest = d.versions[0];
  const later = d.supersededBy
    ? { label: "Superseded by", id: d.supersededBy.id, outcome: d.supersededBy.outcome }
    : !d.isLatestVersion && latest
      ? {
          label: `A newer version (${latest.version}) exists`,
          id: latest.id,
          outcome: latest.outcome,
        }
      : null;
  if (!later) return null;
  return (
    <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-800">
      {later.label}:{" "}
      <Link href={`/w/${slug}/decisions/${later.id}`} className={LINK}>
        {later.outcome}
      </Link>
    </p>
  );
}
