// Reads a whole debate with flat queries (every row carries debateId) and
// computes each claim's status on the server; the browser never recomputes.
import type { Db } from "../../db.ts";
import {
  type ArgumentClaim,
  type ArgumentLink,
  computeArgumentStatus,
  type Resolution,
} from "../../domain/argument/index.ts";
import { claimActionBitsReader } from "../../domain/debate/claim-abilities.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { readOnlyAbilities, viewerAbilities } from "../../domain/debate/viewer-abilities.ts";
import { isoDate } from "../../domain/iso-date.ts";
import { debatePersonViewer } from "../../domain/people/present-person.ts";
import { tallyDebateVotes } from "../votes/claim-votes.ts";
import { claimFactsReader } from "./claim-facts.ts";
import type { DebateAccess } from "./debate-access.ts";
import { findDebatePoint } from "./debate-point.ts";
import { type DebateHead, loadDebateRows } from "./debate-rows.ts";
import { claimPresenter, debateCounts, linkedTargets } from "./present-claim.ts";
import { presentDebate } from "./present-debate.ts";

export { type DebateGraph, importBatchSelect } from "./debate-graph.ts";
export { latestDebateEventId } from "./debate-point.ts";
export { loadDebateGraph } from "./load-debate-graph.ts";

/** The rows the status needs; `resolutions` are the ones in force (not reopened). */
type StatusRows<R extends { claimId: string; kind: Resolution }> = {
  claims: readonly (Pick<ArgumentClaim, "id" | "kind" | "targetId" | "moderation"> & {
    parkedAt?: Date | null;
    /** With `target.number` and numbered links: the numbered status path. */
    number?: number;
    target?: { number: number } | null;
  })[];
  links: readonly ArgumentLink[];
  resolutions: readonly R[];
};

export function computeDebateStatus<R extends { claimId: string; kind: Resolution }>(
  graph: StatusRows<R>,
) {
  const resolutionByClaim = new Map(graph.resolutions.map((r) => [r.claimId, r]));
  // One object shape for every claim (numbers or not): V8 keeps the hot loops monomorphic.
  const argumentClaims: ArgumentClaim[] = graph.claims.map((claim) => ({
    id: claim.id,
    number: claim.number,
    targetNumber: claim.target?.number ?? null,
    kind: claim.kind,
    targetId: claim.targetId,
    moderation: claim.moderation,
    resolution: resolutionByClaim.get(claim.id)?.kind ?? null,
    parked: claim.parkedAt != null,
  }));
  return { status: computeArgumentStatus(argumentClaims, graph.links), resolutionByClaim };
}

/**
 * A debate as this reader may see it, built in JSON form for the lean
 * transport (its router marks it for trpc/lean-json.ts): dates are ISO strings, and each person is
 * named once in `people` while claims and resolutions carry only their id.
 * With `asOf` (an event id or an ISO time) it is the debate as it stood
 * then, read from the row history, and nothing in it can be acted on.
 * With `head` (debate-read-access.ts) the live read does not read the header
 * and latest event again.
 */
export async function readDebate(
  db: Db,
  access: DebateAccess & { head?: DebateHead },
  options: { asOf?: string } = {},
) {
  const point =
    options.asOf === undefined ? null : await findDebatePoint(db, access.debate.id, options.asOf);
  const rows = await loadDebateRows(db, access.debate.id, point, access.head);
  // A guest's role comes from a grant; everyone else's from a membership.
  const isWorkspaceMember = !access.guest;
  const { lastEventId, debate, graph, revisionCounts } = rows;
  const votes = tallyDebateVotes(rows.votes, access.userId);
  const showTallies = canSeeTallies(access.role, debate);
  const { status, resolutionByClaim } = computeDebateStatus(graph);
  const presenter = claimPresenter(debatePersonViewer(access));
  const linksByFrom = linkedTargets(graph.links);
  // What this reader may do now: the web offers only these (guests see no workspace pages).
  // The past is read-only: nothing in it can be acted on.
  const abilities = viewerAbilities({
    ...debate,
    role: access.role,
    isWorkspaceMember,
  });
  const can = point ? readOnlyAbilities(abilities) : abilities;
  const claimActionBits = claimActionBitsReader({ role: access.role, phase: debate.phase, can });
  const claimFacts = claimFactsReader(graph);
  const claims = graph.claims.map((claim) =>
    // Added to the shared claim, not spread into a copy: a copy per claim was
    // a good part of a big debate's read.
    Object.assign(
      presenter.claim(
        claim,
        status.statusOfNumber(claim.number),
        resolutionByClaim.get(claim.id) ?? null,
        linksByFrom.get(claim.id) ?? [],
        revisionCounts.get(claim.id) ?? 1,
      ),
      {
        // The reader's own facts: never part of a live delta, which many readers share.
        isMine: claim.author.id === access.userId,
        /** What this reader may do with the claim: a bit set (domain/debate/claim-actions.ts). */
        can: point
          ? 0
          : claimActionBits(claimFacts.facts(claim), {
              mine: claim.author.id === access.userId,
              targetMine: claimFacts.targetAuthorId(claim) === access.userId,
            }),
        tally: showTallies ? (votes.tallies.get(claim.id) ?? null) : null,
        myVote: votes.mine.get(claim.id) ?? null,
      },
    ),
  );
  const numberById = new Map(graph.claims.map((c) => [c.id, c.number]));
  return {
    debate: {
      ...presentDebate(debate, { role: access.role, isWorkspaceMember }),
      can,
    },
    /** The past moment shown, or null for the live debate. */
    asOf: point ? { eventId: point.eventId.toString(), at: isoDate(point.at) } : null,
    /** The debate's last event this read includes; live deltas continue from it. */
    lastEventId,
    // Clients count the phase timer down from the server's clock, not their own.
    serverNow: isoDate(new Date()),
    /** Display names by person id, for every person this reader may see named. */
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
  };
}
