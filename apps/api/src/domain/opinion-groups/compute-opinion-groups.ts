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
import { buildVoteMatrix, compareIds, MIN_VOTES_TO_PLACE, type VoteMatrix } from "./vote-matrix.ts";

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

  const tallies = tallyByGroup(votes, matrix, labels, numbers);
  const room = sumTallies([...tallies.values()]);
  const sizes = new Map<number, number>();
  for (const group of groupOf.values()) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  const groups: OpinionGroup[] = [...tallies.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, tally]) => ({
      id,
      size: sizes.get(id) ?? 0,
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

const AGREEMENTS = ["agree", "unsure", "disagree"] as const;
const AGREEMENT_CODE = { agree: 0, unsure: 1, disagree: 2 } as const;

/**
 * Votes of placed participants, per group and claim (only claims the group
 * voted on), counted in flat integer arrays by row and column, not by id.
 */
function tallyByGroup(
  votes: readonly ClaimVoteInput[],
  matrix: VoteMatrix,
  labels: Int32Array,
  numbers: number[],
) {
  const cols = matrix.claimIds.length;
  const counts = new Int32Array(numbers.length * cols * 3);
  for (let i = 0; i < votes.length; i++) {
    const r = matrix.voteRows[i] as number;
    if (r < 0) continue;
    const at =
      ((labels[r] as number) * cols + (matrix.voteColumns[i] as number)) * 3 +
      AGREEMENT_CODE[(votes[i] as ClaimVoteInput).agreement];
    counts[at] = (counts[at] as number) + 1;
  }
  const byGroup = new Map<number, Map<string, GroupClaimTally>>();
  numbers.forEach((group, label) => {
    const claims = new Map<string, GroupClaimTally>();
    matrix.claimIds.forEach((claimId, c) => {
      const base = (label * cols + c) * 3;
      const [agree, unsure, disagree] = AGREEMENTS.map((_, a) => counts[base + a] as number);
      if ((agree as number) + (unsure as number) + (disagree as number) === 0) return;
      claims.set(claimId, {
        agree: agree as number,
        disagree: disagree as number,
        unsure: unsure as number,
      });
    });
    byGroup.set(group, claims);
  });
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
