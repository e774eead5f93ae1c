// Imported claims, revisions and resolutions say they were imported — by
// whom, when, from which file — so they never look like a person's own post.
import { describe, expect, it } from "vitest";
import { buildRichDebate, createDebateTeam, readDebate } from "../test/debate-fixtures.ts";

describe("an imported debate", () => {
  it("marks its claims, revisions and resolutions as imported by whom, when and from which file", async () => {
    const source = await createDebateTeam();
    const { debateId } = await buildRichDebate(source);
    const document = await source.facilitator.caller.debate.exportJson({ debateId });
    const target = await createDebateTeam();
    const before = new Date();
    const { debateId: copyId } = await target.facilitator.caller.debate.importJson({
      workspaceId: target.workspace.id,
      document,
      fileName: "retro-2026.json",
    });
    const read = await readDebate(target.member.caller, copyId);
    const marker = {
      fileName: "retro-2026.json",
      importedBy: {
        id: target.facilitator.user.id,
        displayName: target.facilitator.user.displayName,
      },
      importedAt: expect.any(String),
    };
    expect(read.claims.every((c) => c.imported !== null)).toBe(true);
    expect(read.claims[0]?.imported).toEqual(marker);
    expect(Date.parse(read.claims[0]!.imported!.importedAt)).toBeGreaterThanOrEqual(
      before.getTime() - 1000,
    );
    const resolved = read.claims.find((c) => c.resolution !== null);
    expect(resolved?.resolution?.imported).toEqual(marker);
    const revisions = await target.member.caller.claim.revisions({ claimId: read.claims[0]!.id });
    expect(revisions.every((r) => r.imported?.fileName === "retro-2026.json")).toBe(true);

    // A claim posted after the import is a person's own post.
    const posted = await target.member.caller.claim.post({
      debateId: copyId,
      kind: "position",
      targetId: null,
      body: "Written here",
    });
    expect((await readDebate(target.member.caller, copyId)).claim(posted.id).imported).toBeNull();
  });
});
