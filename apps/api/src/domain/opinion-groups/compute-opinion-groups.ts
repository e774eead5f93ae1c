import { clusterPoints, meanSilhouette, type Points } from "./kmeans.ts";
import { projectOnComponents } from "./pca.ts";
import { findConsensusClaims, findRepresentativeClaims } from "./repness.ts";
import { numberGroups } from "./stable-numbering.ts";
import type {
  ClaimVoteInput,
  GroupClaimTally,
  OpinionGroup,
  OpinionGroupsResult,
  PreviousAssignment,
} from "./types.ts";
import { buildVoteMatrix, compareIds, MIN_VOTES_TO_PLACE } from "./vote-matrix.ts";

const MIN_K = 2;
const MAX_K = 5;
/**
 * Groups are found on this many components, the picture shows the first two.
 * Pol.is clusters on two; with four camps whose views are unrelated, two axes
 * can lay two camps on top of each other, and k camps need k − 1 axes.
 */
const CLUSTER_DIMENSIONS = MAX_K - 1;

/**
 * Opinion groups from claim votes, in the manner of Pol.is: matrix → two
 * principal components → k-means for k = 2…5, k with the best silhouette →
 * numbers kept from `previous` where members mostly stay → per group its
 * representative claims, and across groups the consensus claims.
 * Deterministic and independent of the order of `votes`.
 */
export function computeOpinionGroups(
  votes: readonly ClaimVoteInput[],
  previous: PreviousAssignment | null = null,
  minVotes = MIN_VOTES_TO_PLACE,
): OpinionGroupsResult {
  const matrix = buildVoteMatrix(votes, minVotes);
  const n = matrix.participantIds.length;
  if (n < MIN_K * 2 || matrix.claimIds.length < 2) {
    return { points: [], groups: [], consensusClaims: [], silhouette: null };
  }
  const points = projectOnComponents(matrix, Math.min(CLUSTER_DIMENSIONS, matrix.claimIds.length));
  const { labels, k, silhouette } = chooseClustering(points, n);
  const xs = points[0] as Float64Array;
  const ys = points[1] as Float64Array;

  const members: string[][] = Array.from({ length: k }, () => []);
  matrix.participantIds.forEach((id, i) => {
    members[labels[i] as number]?.push(id);
  });
  const numbers = numberGroups(members, previous);
  const groupOf = new Map<string, number>();
  matrix.participantIds.forEach((id, i) => {
    groupOf.set(id, numbers[labels[i] as number] ?? 0);
  });

  const tallies = tallyByGroup(votes, groupOf);
  const room = sumTallies([...tallies.values()]);
  const groups: OpinionGroup[] = [...tallies.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, tally]) => ({
      id,
      size: [...groupOf.values()].filter((g) => g === id).length,
      representativeClaims: findRepresentativeClaims(tally, room),
      tallies: Object.fromEntries([...tally.entries()].sort(([a], [b]) => compareIds(a, b))),
    }));
  return {
    points: matrix.participantIds.map((participantId, i) => ({
      participantId,
      x: xs[i] as number,
      y: ys[i] as number,
      groupId: groupOf.get(participantId) ?? 0,
    })),
    groups,
    consensusClaims: findConsensusClaims([...tallies.values()], matrix.claimIds),
    silhouette: Number.isFinite(silhouette) ? silhouette : null,
  };
}

function chooseClustering(points: Points, n: number) {
  let best: { labels: Int32Array; k: number; silhouette: number } = {
    labels: new Int32Array(n),
    k: 1,
    silhouette: Number.NEGATIVE_INFINITY,
  };
  for (let k = MIN_K; k <= Math.min(MAX_K, Math.floor(n / 2)); k++) {
    const labels = clusterPoints(points, k);
    const used = new Set(labels).size;
    if (used < k) continue; // duplicate points left a cluster empty
    const silhouette = meanSilhouette(points, labels, k);
    if (silhouette > best.silhouette + 1e-9) best = { labels, k, silhouette };
  }
  return best;
}

/** Votes of placed participants, per group and claim. */
function tallyByGroup(votes: readonly ClaimVoteInput[], groupOf: Map<string, number>) {
  const byGroup = new Map<number, Map<string, GroupClaimTally>>();
  for (const group of new Set(groupOf.values())) byGroup.set(group, new Map());
  for (const vote of votes) {
    const group = groupOf.get(vote.participantId);
    if (group === undefined) continue;
    const claims = byGroup.get(group) as Map<string, GroupClaimTally>;
    const tally = claims.get(vote.claimId) ?? { agree: 0, disagree: 0, unsure: 0 };
    tally[vote.agreement] += 1;
    claims.set(vote.claimId, tally);
  }
  return byGroup;
}

function sumTallies(groups: Array<Map<string, GroupClaimTally>>): Map<string, GroupClaimTally> {
  const room = new Map<string, GroupClaimTally>();
  for (const group of groups) {
    for (const [claimId, t] of group) {
      const sum = room.get(claimId) ?? { agree: 0, disagree: 0, unsure: 0 };
      room.set(claimId, {
        agree: sum.agree + t.agree,
        disagree: sum.disagree + t.disagree,
        unsure: sum.unsure + t.unsure,
      });
    }
  }
  return room;
}
