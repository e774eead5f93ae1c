import { TriangleAlert } from "lucide-react";
import { Section } from "@/components/ui/section";
import type { ClaimTexts } from "./claim-words";
import { groupLetter, type OpinionGroupsView, STANCE_WORDS } from "./group-style";

type Props = { view: OpinionGroupsView; claims: ClaimTexts };

/** Each unanswered objection against each group: where one group holds it and another dismisses it, a decision may fail. */
export function ObjectionSplitsTable({ view, claims }: Props) {
  return (
    <Section
      title="Open objections by group"
      description="A group holds an objection when most of its voters agree with it, and dismisses it when most disagree."
    >
      {view.objections.length === 0 ? (
        <p className="text-sm text-stone-600">No objection is waiting for an answer.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Unanswered objections and how each group voted on them
            </caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Objection
                </th>
                {view.groups.map((g) => (
                  <th key={g.id} scope="col" className="py-2 pr-4 font-medium">
                    Group {groupLetter(g.id)}
                  </th>
                ))}
                <th scope="col" className="py-2 font-medium">
                  Splits the room?
                </th>
              </tr>
            </thead>
            <tbody>
              {view.objections.map((objection) => {
                const claim = claims.get(objection.claimId);
                return (
                  <tr key={objection.claimId} className="border-b border-stone-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {claim ? `#${claim.number} ${claim.body}` : "An objection no longer shown"}
                    </th>
                    {objection.byGroup.map((g) => (
                      <td key={g.groupId} className="py-2 pr-4">
                        <span className="font-medium">{STANCE_WORDS[g.stance]}</span>
                        <span className="block text-stone-600">
                          {g.tally.agree} agree · {g.tally.disagree} disagree · {g.tally.unsure}{" "}
                          unsure
                        </span>
                      </td>
                    ))}
                    <td className="py-2">
                      {objection.splits ? (
                        <span className="inline-flex items-center gap-1 font-semibold text-amber-800">
                          <TriangleAlert aria-hidden="true" className="size-4" />
                          Splits the groups
                        </span>
                      ) : (
                        <span className="text-stone-600">No</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
