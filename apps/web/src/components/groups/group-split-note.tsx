import { TriangleAlert } from "lucide-react";
import { groupLetter, type ObjectionSplit, STANCE_WORDS } from "./group-style";

type GroupSplit = Pick<ObjectionSplit, "byGroup" | "splits">;

/** How each opinion group voted on one objection, in a line; a warning when it splits them. */
export function GroupSplitNote({ split }: { split: GroupSplit | null }) {
  if (!split || split.byGroup.length === 0) return null;
  return (
    <div className="space-y-1 text-sm text-stone-700">
      <p>
        <span className="font-medium">How the opinion groups voted: </span>
        {split.byGroup
          .map(
            (g) =>
              `group ${groupLetter(g.groupId)} ${STANCE_WORDS[g.stance]} (${g.tally.agree} agree, ${g.tally.disagree} disagree)`,
          )
          .join("; ")}
        .
      </p>
      {split.splits ? (
        <p className="inline-flex items-center gap-1 font-semibold text-amber-800">
          <TriangleAlert aria-hidden="true" className="size-4" />
          This objection splits the groups: one holds it while another dismisses it.
        </p>
      ) : null}
    </div>
  );
}
