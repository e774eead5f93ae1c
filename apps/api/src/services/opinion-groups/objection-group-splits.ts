// How the opinion groups split on each open objection, for the decision
// wizard and the decision record's snapshot: the same split the groups page
// shows, without naming anyone's group.
import type { PrismaClient } from "../../db.ts";
import { type ObjectionSplit, presentOpinionGroups } from "../../domain/opinion-groups/index.ts";
import { currentOpinionGroups } from "./opinion-group-snapshot.ts";

/** One objection's split as stored with a decision: per shown group, its tally and stance. */
export type ObjectionGroupSplit = Pick<ObjectionSplit, "byGroup" | "splits">;

/** Keyed by objection id; empty when there are no groups worth showing. */
export async function objectionGroupSplits(
  prisma: PrismaClient,
  debateId: string,
  objectionIds: readonly string[],
): Promise<Map<string, ObjectionGroupSplit>> {
  if (objectionIds.length === 0) return new Map();
  const snapshot = await currentOpinionGroups(prisma, debateId);
  const view = presentOpinionGroups(snapshot.result, snapshot.computedAt, "", objectionIds);
  if (view.state !== "ready") return new Map();
  return new Map(
    view.objections.map(({ claimId, byGroup, splits }) => [claimId, { byGroup, splits }]),
  );
}
