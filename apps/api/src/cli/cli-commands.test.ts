import { describe, expect, it } from "vitest";
import { createTestWorkspace, signedInCaller, testPrisma } from "../test/harness.ts";
import { writeTempFile } from "../test/temp-file.ts";
import { exportCommand, importCommand } from "./cli-commands.ts";

describe("operator CLI", () => {
  it("exports a debate as JSON and APX and imports the JSON into another workspace", async () => {
    const { workspace, owner } = await createTestWorkspace();
    const { caller } = await signedInCaller(owner);
    const debate = await caller.debate.create({
      workspaceId: workspace.id,
      question: "Ship on Friday?",
    });
    const position = await caller.claim.post({
      debateId: debate.id,
      kind: "position",
      body: "Yes",
    });
    await caller.claim.post({
      debateId: debate.id,
      kind: "objection",
      targetId: position.id,
      body: "Weekend",
    });

    const apx = await exportCommand(testPrisma(), debate.id, "apx");
    expect(apx).toContain("att(c2,c1).");
    const json = await exportCommand(testPrisma(), debate.id, "json");
    const file = await writeTempFile("debate.json", json);

    const other = await createTestWorkspace();
    const message = await importCommand(testPrisma(), file, other.workspace.slug);
    expect(message).toMatch(/Imported 2 claims/);
    const imported = await testPrisma().debate.findFirstOrThrow({
      where: { workspaceId: other.workspace.id },
      select: { question: true, _count: { select: { claims: true } } },
    });
    expect(imported).toEqual({ question: "Ship on Friday?", _count: { claims: 2 } });
  });

  it("imports an Argdown file (by extension, or with import-argdown) as a debate", async () => {
    const { workspace } = await createTestWorkspace();
    const source =
      "# Ship on Friday?\n\n[Yes]: Ship it\n  - [Weekend]: Nobody is on call\n    - [Rota]: We have a rota\n";
    const file = await writeTempFile("debate.argdown", source);
    expect(await importCommand(testPrisma(), file, workspace.slug)).toMatch(/Imported 3 claims/);
    const plain = await writeTempFile("debate.txt", source);
    expect(await importCommand(testPrisma(), plain, workspace.slug, "argdown")).toMatch(
      /Imported 3 claims/,
    );
    const claims = await testPrisma().claim.findMany({
      where: { workspaceId: workspace.id },
      orderBy: [{ createdAt: "asc" }, { number: "asc" }],
      select: { number: true, kind: true, body: true },
      take: 3,
    });
    expect(claims).toEqual([
      { number: 1, kind: "position", body: "Ship it" },
      { number: 2, kind: "objection", body: "Nobody is on call" },
      { number: 3, kind: "objection", body: "We have a rota" },
    ]);
  });
});
