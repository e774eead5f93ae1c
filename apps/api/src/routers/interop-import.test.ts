// Importing a file that is not a sound debate export is refused with a
// message that says what is wrong, and creates no debate at all.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { buildRichDebate, createDebateTeam, type DebateTeam } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

type Document = Awaited<ReturnType<DebateTeam["owner"]["caller"]["debate"]["exportJson"]>>;

/** A valid export of the rich debate, as plain JSON (what a file holds), and a workspace to import into. */
async function arrange() {
  const source = await createDebateTeam();
  const { debateId } = await buildRichDebate(source);
  const document = await source.facilitator.caller.debate.exportJson({ debateId });
  const target = await createDebateTeam();
  return { json: JSON.parse(JSON.stringify(document)) as Document, target };
}

const debatesIn = (workspaceId: string) => testPrisma().debate.count({ where: { workspaceId } });

const PREFIX = "This debate file cannot be imported: ";

const CASES: { what: string; spoil: (doc: Document) => unknown; message: string | RegExp }[] = [
  {
    what: "a wrong format field",
    spoil: (doc) => ({ ...doc, format: "kialo.discussion" }),
    message: `${PREFIX}This is not a Steelman debate export (format "steelman.debate"). (at format).`,
  },
  {
    what: "a version it does not know",
    spoil: (doc) => ({ ...doc, version: 2 }),
    message: `${PREFIX}Only version 1 of the debate export can be imported. (at version).`,
  },
  {
    what: "something that is not a debate file at all",
    spoil: () => "just some text",
    message: new RegExp(`^${PREFIX}`),
  },
  {
    what: "a target ref that does not exist",
    spoil: (doc) => ({
      ...doc,
      claims: doc.claims.map((c) => (c.ref === "c4" ? { ...c, target: "c99" } : c)),
    }),
    message: `${PREFIX}claim c4 refers to c99, which is not in the file.`,
  },
  {
    what: "a malformed ref",
    spoil: (doc) => ({
      ...doc,
      claims: doc.claims.map((c) => (c.ref === "c4" ? { ...c, target: "four" } : c)),
    }),
    message: `${PREFIX}Claim references look like "c12". (at claims.3.target).`,
  },
  {
    what: "a claim that appears twice",
    spoil: (doc) => ({ ...doc, claims: [...doc.claims, doc.claims[0]] }),
    message: `${PREFIX}claim c1 appears twice.`,
  },
  {
    what: "a duplicate link",
    spoil: (doc) => ({ ...doc, links: [...doc.links, doc.links[0]] }),
    message: /^This debate file cannot be imported: the link c\d+ → c\d+ appears twice\.$/,
  },
  {
    what: "a link from a claim to itself",
    spoil: (doc) => ({
      ...doc,
      links: [...doc.links, { ...doc.links[0]!, to: doc.links[0]!.from }],
    }),
    message: /^This debate file cannot be imported: a link from c\d+ targets itself\.$/,
  },
  {
    what: "a resolution on a position",
    spoil: (doc) => ({ ...doc, resolutions: [{ ...doc.resolutions[0]!, claim: "c1" }] }),
    message: `${PREFIX}a resolution of c1: only objections are resolved.`,
  },
  {
    what: "a position with a target",
    spoil: (doc) => ({
      ...doc,
      claims: doc.claims.map((c) => (c.ref === "c2" ? { ...c, target: "c1" } : c)),
    }),
    message: `${PREFIX}claim c2: a position or proposal has no target and every other claim has one.`,
  },
  {
    what: "two resolutions in force on one objection",
    spoil: (doc) => ({
      ...doc,
      resolutions: doc.resolutions.map((r) => ({ ...r, claim: "c9", reopenedAt: null })),
    }),
    message: `${PREFIX}an objection has two resolutions in force.`,
  },
];

describe("debate.importJson refuses unsound files", () => {
  it("accepts the unspoiled file, so each refusal below is down to its one change", async () => {
    const { json, target } = await arrange();
    const workspaceId = target.workspace.id;
    await target.facilitator.caller.debate.importJson({ workspaceId, document: json });
    expect(await debatesIn(workspaceId)).toBe(1);
  });

  for (const c of CASES) {
    it(`refuses ${c.what}`, async () => {
      const { json, target } = await arrange();
      const workspaceId = target.workspace.id;
      await expectTrpcError(
        target.facilitator.caller.debate.importJson({ workspaceId, document: c.spoil(json) }),
        "BAD_REQUEST",
        c.message,
      );
      expect(await debatesIn(workspaceId)).toBe(0);
      expect(await testPrisma().claim.count({ where: { workspaceId } })).toBe(0);
    });
  }
});
