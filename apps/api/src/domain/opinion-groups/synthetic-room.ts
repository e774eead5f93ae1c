import { mulberry32 } from "./kmeans.ts";
import type { Agreement, ClaimVoteInput } from "./types.ts";

export type SyntheticRoom = { votes: ClaimVoteInput[]; campOf: Map<string, number> };

/**
 * A room with planted camps, for tests and the bench: each camp has its own
 * stance (agree or disagree) on every claim; each participant votes on a
 * share of the claims, following the camp's stance except with probability
 * `noise`, when they vote at random.
 */
export function makeSyntheticRoom(options: {
  participants: number;
  claims: number;
  camps: number;
  noise: number;
  voteShare: number;
  seed: number;
}): SyntheticRoom {
  const random = mulberry32(options.seed);
  const stances = Array.from({ length: options.camps }, () =>
    Array.from(
      { length: options.claims },
      (): Agreement => (random() < 0.5 ? "agree" : "disagree"),
    ),
  );
  const choices: Agreement[] = ["agree", "unsure", "disagree"];
  const votes: ClaimVoteInput[] = [];
  const campOf = new Map<string, number>();
  for (let p = 0; p < options.participants; p++) {
    const participantId = `p${String(p).padStart(6, "0")}`;
    const camp = p % options.camps;
    campOf.set(participantId, camp);
    for (let c = 0; c < options.claims; c++) {
      if (random() >= options.voteShare) continue;
      const agreement =
        random() < options.noise
          ? (choices[Math.floor(random() * 3)] as Agreement)
          : (stances[camp]?.[c] as Agreement);
      votes.push({ participantId, claimId: `c${String(c).padStart(6, "0")}`, agreement });
    }
  }
  return { votes, campOf };
}

/** Share of participants whose group is the majority group of their planted camp. */
export function recoveredShare(campOf: Map<string, number>, groupOf: Map<string, number>): number {
  const counts = new Map<number, Map<number, number>>();
  for (const [id, camp] of campOf) {
    const group = groupOf.get(id);
    if (group === undefined) continue;
    const byGroup = counts.get(camp) ?? new Map<number, number>();
    byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
    counts.set(camp, byGroup);
  }
  let recovered = 0;
  const usedGroups = new Set<number>();
  for (const byGroup of counts.values()) {
    const [group, count] = [...byGroup].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (usedGroups.has(group)) continue; // two camps merged into one group: only one counts
    usedGroups.add(group);
    recovered += count;
  }
  return recovered / campOf.size;
}
