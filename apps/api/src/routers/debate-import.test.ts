// Importing from the web's procedures: an Argdown export comes back as the
// same debate, a JSON export too, and a broken file is refused in a sentence.
import { describe, expect, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";

describe("debate.importArgdown", () => {
  it("export → import → export gives the same Argdown, for awkward texts too", async () => {
    const team = await createDebateTeam();
    const [f, m] = [team.facilitator.caller, team.member.caller];
    const debateId = await openDebate(f, team.workspace.id, {
      question: "Open in Leeds? // {yes}",
    });
    const p1 = await post(m, debateId, "position", null, "See https://example.org/a?b=c");
    const o2 = await post(f, debateId, "objection", p1.id, "Rents /* rising */ [see](x) \\o/");
    await post(m, debateId, "support", p1.id, "Clients\nare there");
    const o4 = await post(m, debateId, "objection", o2.id, "{ capped: true }");
    const p5 = await post(f, debateId, "position", null, "Stay #home");
    await m.claim.link({ claimId: o4.id, toId: p5.id });

    const { argdown } = await f.debate.exportArgdown({ debateId });
    const imported = await f.debate.importArgdown({
      workspaceId: team.workspace.id,
      source: argdown,
    });
    expect(imported.claimCount).toBe(5);
    const again = await f.debate.exportArgdown({ debateId: imported.debateId });
    expect(again.argdown).toBe(argdown);
    const { claims } = await f.debate.exportJson({ debateId: imported.debateId });
    expect(claims.map((c) => c.body)).toContain("Clients\nare there");
  });

  it("refuses a file with no Steelman shape, saying what is wrong, and a member may not import", async () => {
    const team = await createDebateTeam();
    const source = "# A question\n\n[A]: a\n  - [B]: b\n\n[A]\n  -> [B]\n";
    await expect(
      team.facilitator.caller.debate.importArgdown({ workspaceId: team.workspace.id, source }),
    ).rejects.toThrow(/circle of answers/);
    await expect(
      team.member.caller.debate.importArgdown({
        workspaceId: team.workspace.id,
        source: "# A question\n\n[A]: a\n",
      }),
    ).rejects.toThrow();
  });
});

describe("debate.importJson", () => {
  it("imports a JSON export and names the place of a damaged field", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const debateId = await openDebate(f, team.workspace.id, { question: "Ship on Friday?" });
    await post(f, debateId, "position", null, "Yes");
    const document = await f.debate.exportJson({ debateId });
    const imported = await f.debate.importJson({ workspaceId: team.workspace.id, document });
    expect(imported.claimCount).toBe(1);
    const broken = { ...document, claims: [{ ...document.claims[0], kind: "rant" }] };
    await expect(
      f.debate.importJson({ workspaceId: team.workspace.id, document: broken }),
    ).rejects.toThrow(/at claims\.0\.kind/);
  });
});
