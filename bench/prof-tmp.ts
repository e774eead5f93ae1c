import {
  type ArgumentClaim,
  type ArgumentLink,
  computeArgumentStatus,
} from "../apps/api/src/domain/argument/index.ts";

function createRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const size = Number(process.argv[2] ?? 100000);
const random = createRandom(42);
const pick = (n: number) => Math.floor(random() * n);
const claims: ArgumentClaim[] = [];
const objections: number[] = [];
const positions = Math.max(1, Math.round(size * 0.01));
for (let i = 0; i < size; i++) {
  const isP = i < positions;
  const kind = isP ? "position" : random() < 0.7 ? "objection" : "support";
  if (kind === "objection") objections.push(i);
  const roll = random();
  const t = isP ? null : pick(i);
  claims.push({
    id: `claim-${i}`,
    number: i + 1,
    kind,
    targetId: t === null ? null : `claim-${t}`,
    targetNumber: t === null ? null : t + 1,
    moderation:
      roll < 0.01 ? "hidden" : roll < 0.02 ? "merged" : roll < 0.03 ? "withdrawn" : "visible",
    resolution:
      kind !== "objection" ? null : roll > 0.97 ? "conceded" : roll > 0.95 ? "out_of_scope" : null,
  });
}
const links: ArgumentLink[] = [];
for (let k = 0; k < 2 * size - objections.length; k++) {
  const f = objections[pick(objections.length)]!;
  const to = random() < 0.9 ? pick(f + 1) : pick(size);
  links.push({ fromId: `claim-${f}`, toId: `claim-${to}`, fromNumber: f + 1, toNumber: to + 1 });
}
for (let w = 0; w < 5; w++) computeArgumentStatus(claims, links);
const times: number[] = [];
for (let r = 0; r < Number(process.argv[3] ?? 30); r++) {
  const s = performance.now();
  computeArgumentStatus(claims, links);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log(size, "median", times[times.length >> 1]!.toFixed(1), "min", times[0]!.toFixed(1));
