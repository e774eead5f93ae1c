import { labelOf, type ProposalOption, type ProposalTally } from "./proposal-words";

type RankedTally = Extract<ProposalTally, { method: "ranked_choice" }>;

/** Instant runoff, round by round: each option's votes, exhausted ballots, who left, who won. */
export function IrvRounds({ tally, options }: { tally: RankedTally; options: ProposalOption[] }) {
  if (tally.rounds.length === 0)
    return <p className="text-sm text-stone-600">No rounds counted.</p>;
  const cell = "px-3 py-1.5 text-right tabular-nums";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Instant-runoff rounds</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Round
            </th>
            {options.map((option) => (
              <th key={option.id} scope="col" className="px-3 py-1.5 text-right font-medium">
                {option.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              Exhausted
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Eliminated
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Elected
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {tally.rounds.map((round) => (
            <tr key={round.round}>
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {round.round}
              </th>
              {options.map((option) => (
                <td key={option.id} className={cell}>
                  {option.id in round.counts ? round.counts[option.id] : "—"}
                </td>
              ))}
              <td className={cell}>{round.exhausted}</td>
              <td className="px-3 py-1.5">
                {round.eliminated.map((id) => labelOf(options, id)).join(", ") || "—"}
              </td>
              <td className="px-3 py-1.5 font-medium text-emerald-800">
                {round.elected ? labelOf(options, round.elected) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
