// A debate's graph (its claims with their people and imports, its links and
// the resolutions in force) in two statements: the claims, and the rest as
// JSON arrays (debate-side-rows.ts). Every whole-debate reader takes this
// path; debate.get asks for the votes and revision counts as well.
import type { Db } from "../../db.ts";
import { claimNumbersOf, numberLinks } from "./claim-numbers.ts";
import { loadFlatClaimRows, shapeClaimRows } from "./debate-claim-rows.ts";
import type { DebateGraph } from "./debate-graph.ts";
import { loadDebateSideRows } from "./debate-side-rows.ts";

export async function loadDebateGraphRows(db: Db, debateId: string, { tallies = false } = {}) {
  const [claims, side] = await Promise.all([
    loadFlatClaimRows(db, debateId),
    loadDebateSideRows(db, debateId, { tallies }),
  ]);
  const numbers = claimNumbersOf(claims);
  const graph: DebateGraph = {
    claims: shapeClaimRows(claims, numbers, side.authors, side.batches),
    links: numberLinks(side.linkPairs, numbers),
    resolutions: side.resolutions,
  };
  return { graph, votes: side.votes, revisionCounts: side.revisionCounts };
}

/** The rows a debate's argument status is computed from. */
export async function loadDebateGraph(db: Db, debateId: string): Promise<DebateGraph> {
  return (await loadDebateGraphRows(db, debateId)).graph;
}
