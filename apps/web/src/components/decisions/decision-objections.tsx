import { GroupSplitNote } from "@/components/groups/group-split-note";
import { type DecisionDetail, DISPOSITION_LABELS } from "./decision-words";

type Objection = DecisionDetail["objections"][number];

/** The objections that were open when the decision was taken, as they read then, with dispositions. */
export function DecisionObjections({ objections }: { objections: Objection[] }) {
  return (
    <section aria-labelledby="objections-heading" className="space-y-3">
      <h2 id="objections-heading" className="text-lg font-semibold tracking-tight">
        Open objections at decision time ({objections.length})
      </h2>
      {objections.length === 0 ? (
        <p className="text-sm text-stone-700">None: every objection had been answered.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {objections.map((o) => (
            <li key={o.claimId} className="space-y-1.5 px-4 py-3 text-sm">
              <p className="text-stone-900">
                <span className="font-semibold">#{o.number}</span> {o.body}
              </p>
              <p className="text-stone-700">
                <span className="inline-flex rounded-full border border-stone-300 bg-stone-50 px-2 py-0.5 text-xs font-medium text-stone-800">
                  {DISPOSITION_LABELS[o.disposition]}
                </span>
                {o.note ? <span className="ml-2">{o.note}</span> : null}
              </p>
              <GroupSplitNote split={o.groupSplit} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
