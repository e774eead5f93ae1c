// Workspace archive: export → import → export gives the same archive apart
// from ids and import metadata, and the API reads the imported workspace the
// same; a damaged, newer or half-written archive is refused, and an import
// that fails midway leaves nothing.
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ARCHIVE_FORMAT_VERSION } from "../../domain/archive/archive-format.ts";
import { exportLines, fromArray, withoutIds } from "../../test/archive-fixtures.ts";
import {
  buildRichDebate,
  createDebateTeam,
  type DebateTeam,
  describeByNumber,
  openDebate,
  post,
} from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { openProposal } from "../../test/proposal-fixtures.ts";
import { archiveFileLines, openArchiveFile } from "./archive-files.ts";
import { exportWorkspaceArchive } from "./export-workspace.ts";
import { importWorkspaceArchive } from "./import-workspace.ts";

/** A debate with a closed proposal, a decision amended once, and a later one superseding it. */
async function buildDecisions(team: DebateTeam) {
  const f = team.facilitator.caller;
  const debateId = await openDebate(f, team.workspace.id, { question: "Which tea?" });
  const premise = await post(
    team.member.caller,
    debateId,
    "position",
    null,
    "Green tea is cheaper",
  );
  const proposal = await openProposal(f, debateId, {
    method: "single_choice",
    options: ["Green", "Black"],
  });
  for (const [caller, optionId] of [
    [team.member.caller, "o1"],
    [f, "o2"],
    [team.owner.caller, "o1"],
  ] as const)
    await caller.proposal.vote({
      debateId,
      proposalId: proposal.id,
      ballot: { method: "single_choice", optionId },
    });
  await f.proposal.close({ debateId, proposalId: proposal.id });
  const first = await f.decision.record({
    debateId,
    outcome: "We buy green tea",
    proposalId: proposal.id,
    premiseClaimIds: [premise.id],
    ownerId: team.owner.user.id,
  });
  await f.decision.record({
    debateId,
    outcome: "We buy green tea, loose",
    premiseClaimIds: [premise.id],
    ownerId: team.owner.user.id,
    amendsDecisionId: first.id,
  });
  // A challenged premise: the decision log shows it contested (drift).
  const objection = await post(
    team.owner.caller,
    debateId,
    "objection",
    premise.id,
    "Black tea is on offer",
  );
  await f.decision.record({
    debateId,
    outcome: "We buy black tea",
    ownerId: team.owner.user.id,
    supersedesDecisionId: first.id,
    dispositions: [{ claimId: objection.id, disposition: "will_monitor", note: "Watch prices" }],
  });
}

async function arrange() {
  const team = await createDebateTeam();
  const rich = await buildRichDebate(team);
  const secret = await buildRichDebate(team, { anonymous: true });
  for (const { claims } of [rich, secret]) {
    await team.member.caller.claim.vote({ claimId: claims.c4.id, agreement: "agree", impact: 3 });
    await team.owner.caller.claim.vote({ claimId: claims.c4.id, agreement: "disagree", impact: 1 });
    await team.facilitator.caller.claim.vote({ claimId: claims.c1.id, agreement: "unsure" });
  }
  await buildDecisions(team);
  return { team, debateIds: [rich.debateId, secret.debateId] };
}

/**
 * The archive minus what an import adds or changes: its header and end line,
 * the import event, ids, and transaction numbers (each install has its own;
 * replaced, like ids, by the order they first appear in).
 */
function content(lines: string[]) {
  const txids = new Map<string, string>();
  return withoutIds(
    lines
      .slice(1, -1)
      .map((line) => JSON.parse(line) as { t: string; type?: string; txid?: string | null })
      .filter((r) => !(r.t === "event" && r.type === "workspace.imported"))
      .map((r) => {
        if (typeof r.txid !== "string") return r;
        if (!txids.has(r.txid)) txids.set(r.txid, `tx${txids.size + 1}`);
        return { ...r, txid: txids.get(r.txid) };
      }),
  );
}

async function readThroughApi(team: DebateTeam, workspaceId: string) {
  const owner = team.owner.caller;
  const debates = await testPrisma().debate.findMany({
    where: { workspaceId },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const reads = [];
  for (const { id } of debates)
    reads.push({
      debate: describeByNumber(await owner.debate.get({ debateId: id })),
      proposals: await owner.proposal.list({ debateId: id }),
    });
  const log = await owner.decision.log({ workspaceId });
  return withoutIds({ reads, log });
}

describe("workspace archive", () => {
  let fixture: Awaited<ReturnType<typeof arrange>>;
  let archive: string[];
  beforeAll(async () => {
    fixture = await arrange();
    archive = await exportLines(fixture.team.workspace.slug);
  });

  it("round-trips exactly through a file: same archive, same statuses, tallies and decision log", async () => {
    const path = join(tmpdir(), `archive-${crypto.randomUUID()}.ndjson`);
    const file = openArchiveFile(path);
    await exportWorkspaceArchive(testPrisma(), fixture.team.workspace.slug, file.sink);
    await file.close();
    const slug = `copy-${crypto.randomUUID().slice(0, 8)}`;
    const imported = await importWorkspaceArchive(testPrisma(), archiveFileLines(path), { slug });
    const again = await exportLines(slug);
    expect(content(again)).toEqual(content((await readFile(path, "utf8")).trimEnd().split("\n")));
    expect(await readThroughApi(fixture.team, imported.id)).toEqual(
      await readThroughApi(fixture.team, fixture.team.workspace.id),
    );
  });

  it("holds every kind of row and never a password hash or session", () => {
    const kinds = new Set(archive.map((line) => (JSON.parse(line) as { t: string }).t));
    for (const kind of [
      "person",
      "member",
      "debate",
      "claim",
      "link",
      "revision",
      "resolution",
      "vote",
      "proposal",
      "ballot",
      "decision",
      "premise",
      "event",
      "end",
    ])
      expect(kinds).toContain(kind);
    const text = archive.join("\n");
    expect(text).not.toMatch(/passwordHash|\$argon2|tokenHash/);
  });

  it("links an anonymous debate's votes to stand-ins, never to the people who cast them", () => {
    const records = archive.map((line) => JSON.parse(line) as Record<string, unknown>);
    const anonymous = records.find((r) => r.t === "debate" && r.anonymous === true)!;
    const votes = records.filter((r) => r.t === "vote" && r.debate === anonymous.id);
    expect(votes).toHaveLength(3);
    const realPeople = new Set(
      records.filter((r) => r.t === "person" && r.email !== null).map((r) => r.ref),
    );
    for (const vote of votes) expect(realPeople.has(vote.person)).toBe(false);
  });

  it("refuses a damaged line, saying where and what", async () => {
    const at = archive.findIndex((line) => line.includes('"t":"claim"'));
    const broken = [...archive];
    broken[at] = broken[at]!.replace(/"body":"[^"]*"/, '"body":42');
    await expectRefused(
      broken,
      `The archive is damaged at line ${at + 1}: the claim's "body" is missing or is not text.`,
    );
    broken[at] = "{not json";
    await expectRefused(broken, `The archive is damaged at line ${at + 1}: it is not valid JSON.`);
  });

  it("refuses an archive from a newer Steelman", async () => {
    const newer = [
      archive[0]!.replace(
        `"formatVersion":${ARCHIVE_FORMAT_VERSION}`,
        `"formatVersion":${ARCHIVE_FORMAT_VERSION + 1}`,
      ),
      ...archive.slice(1),
    ];
    await expectRefused(
      newer,
      `This archive was written by a newer Steelman (archive format ${ARCHIVE_FORMAT_VERSION + 1})`,
    );
  });

  it("refuses a half-written archive", async () => {
    await expectRefused(archive.slice(0, -5), "it was not completely written");
  });

  it("leaves nothing when the import fails midway", async () => {
    // Passes every check but breaks a database rule late: a second claim #1 in the last debate.
    const claims = archive.filter((line) => line.includes('"t":"claim"'));
    const copy = claims
      .at(-1)!
      .replace(/"id":"[^"]+"/, `"id":"${crypto.randomUUID()}"`)
      .replace(/"number":\d+/, '"number":1');
    const end = archive.length - 1;
    const bad = [
      ...archive.slice(0, end),
      copy,
      archive[end]!.replace(/\d+/, String(archive.length + 1)),
    ];
    // Counted by the archive's own addresses: other test files add people meanwhile.
    const emails = [...bad.join("\n").matchAll(/"email":"([^"]+)"/g)].map((match) => match[1]!);
    const people = { where: { email: { in: emails } } };
    const usersBefore = await testPrisma().user.count(people);
    const slug = await expectRefused(bad, "nothing was imported");
    expect(await testPrisma().workspace.count({ where: { slug } })).toBe(0);
    expect(await testPrisma().user.count(people)).toBe(usersBefore);
  });

  it("creates people it does not know, without a password, with their roles", async () => {
    // As on a fresh install: nobody in the archive has an account yet.
    const run = crypto.randomUUID().slice(0, 8);
    const moved = archive.map((line) =>
      line.replace(/"email":"([^"@]+)@/, (_all, local: string) => `"email":"${local}-${run}@`),
    );
    const slug = `fresh-${run}`;
    const imported = await importWorkspaceArchive(testPrisma(), fromArray(moved), { slug });
    const members = await testPrisma().membership.findMany({
      where: { workspaceId: imported.id },
      select: { role: true, user: { select: { email: true, passwordHash: true } } },
      orderBy: { role: "asc" },
    });
    expect(members.map((m) => m.role)).toEqual(["owner", "facilitator", "member", "observer"]);
    for (const m of members) {
      expect(m.user.email).toContain(`-${run}@`);
      expect(m.user.passwordHash).toBe("");
    }
    expect(content(await exportLines(slug))).toEqual(content(moved));
  });

  it("imports the archive from a file the CLI would read", async () => {
    const path = join(tmpdir(), `archive-${crypto.randomUUID()}.ndjson`);
    await writeFile(path, `${archive.join("\n")}\n`);
    const slug = `cli-${crypto.randomUUID().slice(0, 8)}`;
    const imported = await importWorkspaceArchive(testPrisma(), archiveFileLines(path), { slug });
    expect(await testPrisma().claim.count({ where: { workspaceId: imported.id } })).toBe(
      await testPrisma().claim.count({ where: { workspaceId: fixture.team.workspace.id } }),
    );
  });
});

async function expectRefused(lines: string[], message: string): Promise<string> {
  const slug = `bad-${crypto.randomUUID().slice(0, 8)}`;
  await expect(importWorkspaceArchive(testPrisma(), fromArray(lines), { slug })).rejects.toThrow(
    message,
  );
  expect(await testPrisma().workspace.count({ where: { slug } })).toBe(0);
  return slug;
}
