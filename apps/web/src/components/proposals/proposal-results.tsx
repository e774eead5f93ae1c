import { ChoiceResults } from "./choice-results";
import { ConsentResults } from "./consent-results";
import { IrvRounds } from "./irv-rounds";
import { labelOf, type ProposalOption, type ProposalTally } from "./proposal-words";

type ProposalResultsProps = {
  tally: ProposalTally;
  options: ProposalOption[];
  closed: boolean;
  /** Keep the numbers behind a disclosure (closed proposals in a busy debate). */
  folded?: boolean;
};

/** The count of a proposal: its outcome in words, then the numbers behind it. */
export function ProposalResults({ tally, options, closed, folded = false }: ProposalResultsProps) {
  const numbers = (
    <>
      {tally.method === "consent" ? <ConsentResults tally={tally} /> : null}
      {tally.method === "ranked_choice" ? <IrvRounds tally={tally} options={options} /> : null}
      {tally.method === "single_choice" || tally.method === "dot" || tally.method === "score" ? (
        <ChoiceResults tally={tally} options={options} closed={closed} />
      ) : null}
    </>
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-800">
        <span className="font-semibold">{closed ? "Outcome" : "So far"}: </span>
        {outcomeText(tally, options, closed)}
        <span className="text-stone-600">
          {" · "}
          {tally.ballots} of {tally.eligible} eligible voted
          {tally.quorumMet ? "" : " (quorum not met)"}
        </span>
      </p>
      {tally.members && tally.guests ? (
        <TallyApart
          members={tally.members}
          guests={tally.guests}
          options={options}
          closed={closed}
        />
      ) : null}
      {folded ? (
        <details className="group">
          <summary className="cursor-pointer text-sm text-stone-700 underline-offset-2 hover:underline">
            How the votes fell
          </summary>
          <div className="mt-3">{numbers}</div>
        </details>
      ) : (
        numbers
      )}
    </div>
  );
}

export function outcomeText(
  tally: ProposalTally,
  options: ProposalOption[],
  closed = true,
): string {
  if (tally.outcome === "no_quorum") return "No quorum";
  if (tally.method === "consent") return tally.outcome === "consented" ? "Consented" : "Blocked";
  const names = tally.winners.map((id) => labelOf(options, id));
  if (tally.outcome === "no_votes") return "No votes";
  if (tally.outcome === "tie") return `Tie between ${names.join(" and ")}`;
  return `${names.join(", ")} ${closed ? "chosen" : "leads"}`;
}

type TallyApartProps = {
  members: ProposalTally;
  guests: ProposalTally;
  options: ProposalOption[];
  closed: boolean;
};

/** Guests voted too: each group's count, shown apart; the outcome above counts both. */
function TallyApart({ members, guests, options, closed }: TallyApartProps) {
  const rows = [
    { name: "Members", tally: members },
    { name: "Guests", tally: guests },
  ];
  return (
    <div className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
      <p className="text-stone-600">Decided by members and guests together. Apart:</p>
      <ul className="mt-1 space-y-0.5">
        {rows.map(({ name, tally }) => (
          <li key={name}>
            <span className="font-medium">{name}: </span>
            {tally.ballots === 0 ? "No ballots" : outcomeText(tally, options, closed)}
            <span className="text-stone-600">
              {" · "}
              {tally.ballots} of {tally.eligible} voted
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
