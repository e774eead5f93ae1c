import { StatusBadge } from "@/components/debate/claim-status-badge";
import { excerpt } from "@/lib/debate";
import { type DecisionDetail, type Label, labelWord } from "./decision-words";

type Premise = DecisionDetail["premises"][number];

const NOW_WORD = {
  visible: null,
  hidden: "hidden by a facilitator",
  withdrawn: "withdrawn by its author",
  merged: "merged into another claim",
} as const;

/**
 * The claims the decision rests on, in the words they had when it was
 * recorded, with their standing then and now; a later edit or hide is shown
 * beside the recorded text, never in its place.
 */
export function DecisionPremises({ premises }: { premises: Premise[] }) {
  return (
    <section aria-labelledby="premises-heading" className="space-y-3">
      <h2 id="premises-heading" className="text-lg font-semibold tracking-tight">
        Rests on
      </h2>
      {premises.length === 0 ? (
        <p className="text-sm text-stone-700">No claims were named as premises.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {premises.map((p) => {
            const changed = p.labelNow !== p.labelAtDecision;
            const nowWord = NOW_WORD[p.moderationNow];
            return (
              <li key={p.claimId} className="space-y-2 px-4 py-3">
                <p className="text-sm text-stone-900">
                  <span className="font-semibold">#{p.number}</span>{" "}
                  {excerpt(p.textAtDecision, 220)}
                </p>
                {p.changedSinceDecision ? (
                  <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
                    <p className="font-medium text-amber-900">
                      Text changed since the decision{nowWord ? ` (${nowWord})` : ""}
                    </p>
                    <p className="text-stone-800">
                      Now: {p.textNow === null ? "(hidden)" : excerpt(p.textNow, 220)}
                    </p>
                  </div>
                ) : null}
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
                  <span className="inline-flex items-center gap-1.5">
                    Then: <LabelBadge label={p.labelAtDecision} />
                  </span>
                  <span className="inline-flex items-center gap-1.5">
                    Now: <LabelBadge label={p.labelNow} />
                  </span>
                  {changed ? (
                    <span className="font-medium text-amber-900">Standing changed since then</span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function LabelBadge({ label }: { label: Label | string | null }) {
  if (label === "in") return <StatusBadge kind="stands" />;
  if (label === "out") return <StatusBadge kind="challenged" />;
  if (label === "undecided") return <StatusBadge kind="undecided" />;
  return <span className="font-medium text-stone-700">{labelWord(label)}</span>;
}
