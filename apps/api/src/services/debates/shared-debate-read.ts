// The part of a whole-debate read that every reader of one kind sees alike
// (the kind: their role, whether they belong to the workspace, and the
// debate's anonymity and tally settings): the claims without the reader's own
// facts, the people named, the unanswered list and the counts. Alongside, per
// claim, what each reader's own facts (isMine, can, myVote) are worked out
// from. readDebate adds those facts for one reader; debate-read-cache.ts keeps
// this part so that a room opening the same debate builds it once.
import type { ClaimFacts } from "../../domain/debate/claim-abilities.ts";
import type { Agreement } from "../../domain/debate/claim-vote-rules.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import type { Role } from "../../domain/roles.ts";
import { tallyDebateVotes, type VoteRow } from "../votes/claim-votes.ts";
import { claimFactsReader } from "./claim-facts.ts";
import type { DebateRows } from "./debate-rows.ts";
import { claimPresenter, debateCounts, linkedTargets } from "./present-claim.ts";
import { computeDebateStatus } from "./read-debate-status.ts";
import { revisionCountOf } from "./row-json.ts";

/** What decides the shared part besides the rows: the reader's role, and the debate's settings. */
export type DebateAudience = { role: Role; anonymous: boolean };

type OwnVote = { agreement: Agreement; impact: number | null };

export function buildSharedDebateRead(rows: DebateRows, audience: DebateAudience) {
  const { graph, revisionCounts, debate } = rows;
  const { status, resolutionByClaim } = computeDebateStatus(graph);
  // The presenter names people by role and anonymity alone, never by who reads.
  const presenter = claimPresenter({ userId: "", ...audience });
  const linksByFrom = linkedTargets(graph.links);
  const showTallies = canSeeTallies(audience.role, debate);
  const { tallies } = tallyDebateVotes(rows.votes, "");
  const claimFacts = claimFactsReader(graph);
  const claims = graph.claims.map((claim) =>
    Object.assign(
      presenter.claim(
        claim,
        status.statusOfNumber(claim.number),
        resolutionByClaim.get(claim.id) ?? null,
        linksByFrom.get(claim.id) ?? [],
        revisionCountOf(revisionCounts, claim.id),
      ),
      { tally: showTallies ? (tallies.get(claim.id) ?? null) : null },
    ),
  );
  const numberById = new Map(graph.claims.map((c) => [c.id, c.number]));
  return {
    people: presenter.people,
    claims,
    // Newest first: the panel people watch during a workshop.
    unansweredObjectionIds: [...status.unansweredObjectionIds].sort(
      (a, b) => (numberById.get(b) ?? 0) - (numberById.get(a) ?? 0),
    ),
    counts: debateCounts(
      claims.map((c) => ({
        moderation: c.moderation,
        kind: c.kind,
        unanswered: c.unanswered,
        parked: c.park !== null,
      })),
    ),
    /** Per claim, in the order of `claims`: what a reader's own facts come from. */
    readerInputs: {
      claimIds: graph.claims.map((claim) => claim.id),
      authorIds: graph.claims.map((claim) => claim.author.id),
      targetAuthorIds: graph.claims.map((claim) => claimFacts.targetAuthorId(claim)),
      facts: graph.claims.map((claim): ClaimFacts => claimFacts.facts(claim)),
      votesByPerson: votesByPerson(rows.votes),
    },
  };
}

export type SharedDebateRead = ReturnType<typeof buildSharedDebateRead>;
export type ReaderInputs = SharedDebateRead["readerInputs"];

/** Each person's own votes by claim id: a reader's `myVote`. */
function votesByPerson(votes: readonly VoteRow[]): Map<string, Map<string, OwnVote>> {
  const byPerson = new Map<string, Map<string, OwnVote>>();
  for (const vote of votes) {
    let own = byPerson.get(vote.userId);
    if (!own) {
      own = new Map();
      byPerson.set(vote.userId, own);
    }
    own.set(vote.claimId, { agreement: vote.agreement, impact: vote.impact });
  }
  return byPerson;
}
