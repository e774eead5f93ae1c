/**
 * Argument-status benchmark: random debates of 10^3..10^6 claims, fixed seed.
 * Run from the repository root: npx tsx bench/label-bench.ts [maxClaims]
 * [--by-number] [--apx-only] (--apx-only: the APX reader's column alone).
 */
import type { ArgumentClaim, ArgumentLink } from "../apps/api/src/domain/argument/index.ts";
import {
  buildClaimAttackGraph,
  computeArgumentStatus,
  computeGroundedLabels,
  flagConcededObjections,
  formatLabelLines,
  IN,
  labelGroundedIndexed,
  labelIndexedFrameworkCodes,
  OUT,
  parseApxIndexed,
} from "../apps/api/src/domain/argument/index.ts";

/** mulberry32: a small, fast 32-bit PRNG, good enough to shape test data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A forest of debates: 1% positions, then each claim replies to an earlier one
 * (70% objections, 30% supports); 3% of claims hidden, merged or withdrawn; some
 * objections resolved. Extra links from objections bring attacks to about
 * 2 × claims; 90% point back to an earlier claim, 10% anywhere (making cycles).
 */
function generateDebate(size: number, seed: number) {
  const random = createRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const positions = Math.max(1, Math.round(size * 0.01));
  const claims: ArgumentClaim[] = [];
  const objections: number[] = [];
  for (let i = 0; i < size; i++) {
    const isPosition = i < positions;
    const kind = isPosition ? "position" : random() < 0.7 ? "objection" : "support";
    if (kind === "objection") objections.push(i);
    const roll = random();
    claims.push({
      id: `claim-${i}`,
      kind,
      targetId: isPosition ? null : `claim-${pick(i)}`,
      moderation:
        roll < 0.01 ? "hidden" : roll < 0.02 ? "merged" : roll < 0.03 ? "withdrawn" : "visible",
      resolution:
        kind !== "objection"
          ? null
          : roll > 0.97
            ? "conceded"
            : roll > 0.95
              ? "out_of_scope"
              : null,
    });
  }
  const links: ArgumentLink[] = [];
  const linkCount = Math.max(0, 2 * size - objections.length);
  for (let k = 0; k < linkCount && objections.length > 0; k++) {
    const from = objections[pick(objections.length)]!;
    const to = random() < 0.9 ? pick(from + 1) : pick(size);
    links.push({ fromId: `claim-${from}`, toId: `claim-${to}` });
  }
  return { claims, links };
}

/**
 * The same debate with claim numbers on every claim and link, as the database
 * has them. Written as literals: objects made by spreading are far slower to
 * read in V8, which would measure the spread, not the labelling.
 */
function numbered({ claims, links }: { claims: ArgumentClaim[]; links: ArgumentLink[] }) {
  const numberOf = (id: string) => Number(id.slice("claim-".length)) + 1;
  return {
    claims: claims.map(
      (claim): ArgumentClaim => ({
        id: claim.id,
        number: numberOf(claim.id),
        kind: claim.kind,
        targetId: claim.targetId,
        targetNumber: claim.targetId === null ? null : numberOf(claim.targetId),
        moderation: claim.moderation,
        resolution: claim.resolution,
      }),
    ),
    links: links.map(
      (link): ArgumentLink => ({
        fromId: link.fromId,
        toId: link.toId,
        fromNumber: numberOf(link.fromId),
        toNumber: numberOf(link.toId),
      }),
    ),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeMedian(runs: number, work: () => unknown): number {
  for (let w = 0; w < 3; w++) work();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The debate's attack graph as an APX file's bytes, as the `labels` command reads them. */
function asApx(graph: ReturnType<typeof buildClaimAttackGraph>): Buffer {
  // Claims that take no part are nodes without attacks: not arguments of the file.
  const { visible } = graph.columns;
  const lines: string[] = [];
  for (let a = 0; a < graph.size; a++) if (visible[a] === 1) lines.push(`arg(${graph.ids[a]}).`);
  for (let a = 0; a < graph.size; a++) {
    for (let k = graph.targetStart[a]!; k < graph.targetStart[a + 1]!; k++)
      lines.push(`att(${graph.ids[a]},${graph.ids[graph.targets[k]!]}).`);
  }
  // Only the bytes are kept: an 80 MB string besides would make every
  // garbage collection of the status columns dearer.
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** What the `labels` command does with the file's bytes: read, label, write the lines. */
function readApx(bytes: Buffer) {
  const framework = parseApxIndexed(bytes);
  return formatLabelLines(framework, labelIndexedFrameworkCodes(framework));
}

const byNumber = process.argv.includes("--by-number");
const apxOnly = process.argv.includes("--apx-only");
const maxClaims = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
const sizes = [1_000, 10_000, 100_000, 1_000_000].filter((n) => n <= maxClaims);
const rows: Record<string, string>[] = [];
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

// Warm the JIT on a mid-sized debate before measuring anything.
const warm = generateDebate(20_000, 7);
const warmInput = byNumber ? numbered(warm) : warm;
for (let w = 0; w < 20; w++) computeArgumentStatus(warmInput.claims, warmInput.links);
const warmApx = asApx(buildClaimAttackGraph(warmInput.claims, warmInput.links));
for (let w = 0; w < 20; w++) readApx(warmApx);

for (const size of sizes) {
  // One shape of input per process: mixing both would make V8's property
  // caches polymorphic and slow both down.
  const { claims, links } = byNumber
    ? numbered(generateDebate(size, 42))
    : generateDebate(size, 42);
  const runs = size >= 1_000_000 ? 5 : size >= 100_000 ? 21 : 51;
  const graph = buildClaimAttackGraph(claims, links);
  const held = flagConcededObjections(graph);
  const codes = labelGroundedIndexed(graph, held);
  const apx = asApx(graph);
  const participants = graph.columns.visible.reduce((sum, v) => sum + v, 0);
  const share = (code: number) =>
    codes.filter((c, i) => c === code && graph.columns.visible[i] === 1).length / participants;

  const apxRuns = Math.min(runs, 5);
  const statusColumns: Record<string, string> = apxOnly
    ? {}
    : {
        "in/out/undec %": [share(IN), share(OUT), 1 - share(IN) - share(OUT)]
          .map((s) => (100 * s).toFixed(0))
          .join("/"),
        "labelling ms": ms(timeMedian(runs, () => labelGroundedIndexed(graph, held))),
        "build graph ms": ms(timeMedian(runs, () => buildClaimAttackGraph(claims, links))),
        "grounded labels ms": ms(timeMedian(runs, () => computeGroundedLabels(claims, links))),
        "full status ms": ms(timeMedian(runs, () => computeArgumentStatus(claims, links))),
      };
  rows.push({
    claims: size.toLocaleString("en"),
    attacks: graph.targets.length.toLocaleString("en"),
    ...statusColumns,
    "APX MB": (apx.length / 1e6).toFixed(1),
    "APX parse ms": ms(timeMedian(apxRuns, () => parseApxIndexed(apx))),
    "APX labels command ms": ms(timeMedian(apxRuns, () => readApx(apx))),
  });
}

console.log(
  `Node ${process.version}, median of 5–51 runs after warm-up, seed 42, ` +
    (byNumber ? "claims and links carry claim numbers" : "claims and links by id only"),
);
console.table(rows);
console.log("labelling: labelGroundedIndexed on a built graph (integer indices only)");
console.log("build graph: buildClaimAttackGraph (string ids → indices, CSR arrays)");
console.log("grounded labels: computeGroundedLabels, claims + links → Map<id, Label>");
console.log("full status: computeArgumentStatus, claims + links → statuses + unanswered");
console.log(
  "APX parse, labels command: parseApxIndexed (names not made into strings), then label and " +
    "write the output lines, on the same graph as an APX file's bytes",
);
