import { Trophy } from "lucide-react";
import type { ProposalOption, ProposalTally } from "./proposal-words";

type ChoiceTally = Extract<ProposalTally, { method: "single_choice" | "dot" | "score" }>;

type ChoiceResultsProps = { tally: ChoiceTally; options: ProposalOption[]; closed: boolean };

/** Single choice, dot and score results: one row per option, the winners (or leaders) marked. */
export function ChoiceResults({ tally, options, closed }: ChoiceResultsProps) {
  const headings =
    tally.method === "score"
      ? ["Mean score", "Spread", "Ballots"]
      : [tally.method === "dot" ? "Dots" : "Votes"];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Results by option</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Option
            </th>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="px-3 py-1.5 text-right font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {options.map((option) => (
            <tr key={option.id}>
              <th scope="row" className="py-1.5 pr-3 font-normal text-stone-900">
                {option.label}
                {tally.winners.includes(option.id) ? (
                  <span className="ml-2 inline-flex items-center gap-1 text-xs font-medium text-emerald-800">
                    <Trophy aria-hidden="true" className="size-3.5" />
                    {tally.outcome === "tie" ? "Tied" : closed ? "Chosen" : "Leading"}
                  </span>
                ) : null}
              </th>
              {cells(tally, option.id).map((cell, index) => (
                <td key={headings[index]} className="px-3 py-1.5 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cells(tally: ChoiceTally, optionId: string): string[] {
  if (tally.method === "single_choice") return [String(tally.counts[optionId] ?? 0)];
  if (tally.method === "dot") return [String(tally.totals[optionId] ?? 0)];
  const score = tally.options[optionId];
  if (!score || score.count === 0) return ["—", "—", "0"];
  return [score.mean.toFixed(2), score.spread.toFixed(2), String(score.count)];
}
