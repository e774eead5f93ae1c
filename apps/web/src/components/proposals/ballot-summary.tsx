import { ClaimLink } from "@/components/debate/claim-link";
import { useDebate } from "@/components/debate/debate-context";
import { CONSENT_LABELS, labelOf, type Proposal } from "./proposal-words";

/** "Your ballot: Block (objection #31)", "Your ballot: 1. Pilot, 2. Buy". */
export function BallotSummary({ proposal }: { proposal: Proposal }) {
  const { claimById } = useDebate();
  const ballot = proposal.myBallot?.choice ?? null;
  if (!ballot) return null;
  const { options } = proposal;
  const name = (id: string) => labelOf(options, id);
  const objectionId = proposal.myBallot?.objectionId;
  const objection = objectionId ? claimById.get(objectionId) : undefined;
  let text: string;
  switch (ballot.method) {
    case "consent":
      text = CONSENT_LABELS[ballot.choice];
      break;
    case "single_choice":
      text = name(ballot.optionId);
      break;
    case "ranked_choice":
      text = ballot.ranking.map((id, i) => `${i + 1}. ${name(id)}`).join(", ");
      break;
    case "score":
      text = Object.entries(ballot.scores)
        .map(([id, n]) => `${name(id)} ${n}`)
        .join(", ");
      break;
    case "dot":
      text = Object.entries(ballot.dots)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => `${name(id)} ${n}`)
        .join(", ");
      break;
  }
  return (
    <p className="text-sm text-stone-800">
      Your ballot: <span className="font-medium">{text}</span>
      {objection ? (
        <>
          {" "}
          (objection <ClaimLink number={objection.number} />)
        </>
      ) : null}
      {proposal.myBallot?.reason ? (
        <span className="text-stone-600"> — “{proposal.myBallot.reason}”</span>
      ) : null}
    </p>
  );
}
