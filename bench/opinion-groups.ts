// Opinion groups at Pol.is scale: npx tsx bench/opinion-groups.ts [participants] [claims]
import { computeOpinionGroups } from "../apps/api/src/domain/opinion-groups/compute-opinion-groups.ts";
import {
  makeSyntheticRoom,
  recoveredShare,
} from "../apps/api/src/domain/opinion-groups/synthetic-room.ts";

const participants = Number(process.argv[2] ?? 2000);
const claims = Number(process.argv[3] ?? 1000);
const RUNS = 5;

for (const voteShare of [0.1, 0.5]) {
  const room = makeSyntheticRoom({
    participants,
    claims,
    camps: 3,
    noise: 0.2,
    voteShare,
    seed: 42,
  });
  computeOpinionGroups(room.votes); // warm-up
  const times: number[] = [];
  let result = computeOpinionGroups(room.votes);
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = computeOpinionGroups(room.votes);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const groupOf = new Map(result.points.map((p) => [p.participantId, p.groupId]));
  console.log(
    `${participants} × ${claims}, ${room.votes.length} votes (${voteShare * 100} % voted): ` +
      `median ${times[Math.floor(RUNS / 2)]?.toFixed(0)} ms, ${result.groups.length} groups, ` +
      `recovered ${(recoveredShare(room.campOf, groupOf) * 100).toFixed(1)} %`,
  );
}
