// APX export: the debate as a Dung framework an argumentation solver reads.
// It parses back, and its grounded labelling agrees with what debate.get says.
import { describe, expect, it } from "vitest";
import { labelAbstractFramework, parseApx } from "../domain/argument/index.ts";
import {
  buildRichDebate,
  createDebateTeam,
  type DebateRead,
  post,
  readDebate,
} from "../test/debate-fixtures.ts";

/** The attacks debate.get implies: each visible objection on its target and linked claims. */
function attacksOf(read: DebateRead): string[] {
  const byId = new Map(read.claims.map((c) => [c.id, c]));
  const attacks: string[] = [];
  for (const claim of read.claims) {
    if (claim.kind !== "objection" || claim.moderation !== "visible") continue;
    for (const targetId of [claim.targetId, ...claim.linkedTargetIds]) {
      const target = targetId ? byId.get(targetId) : undefined;
      if (target?.moderation !== "visible") continue;
      // APX cannot say "conceded"; the export leaves attacks on conceded objections out.
      if (target.status === "conceded") continue;
      attacks.push(`c${claim.number},c${target.number}`);
    }
  }
  return attacks.sort();
}

describe("debate.exportApx", () => {
  it("declares each visible claim and each attack, and labels the same as debate.get", async () => {
    const team = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(team);
    const read = await readDebate(team.observer.caller, debateId);
    const { apx } = await team.observer.caller.debate.exportApx({ debateId });

    const visible = read.claims.filter((c) => c.moderation === "visible");
    expect(visible.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const claim of visible) expect(apx).toContain(`arg(c${claim.number}).`);
    for (const hidden of [claims.c11, claims.c12, claims.c13]) {
      expect(apx).not.toMatch(new RegExp(`\\bc${hidden.number}\\b`));
    }
    const expectedAttacks = attacksOf(read);
    expect(expectedAttacks).toEqual(
      ["4,1", "5,4", "6,2", "6,3", "7,2", "7,8", "8,2", "8,7", "9,1"]
        .map((pair) => pair.replace(/(\d+),(\d+)/, "c$1,c$2"))
        .sort(),
    );
    for (const attack of expectedAttacks) expect(apx).toContain(`att(${attack}).`);

    const framework = parseApx(apx);
    expect([...framework.args].sort()).toEqual(visible.map((c) => `c${c.number}`).sort());
    expect(framework.attacks.map(([a, b]) => `${a},${b}`).sort()).toEqual(expectedAttacks);

    const labels = labelAbstractFramework(framework.args, framework.attacks);
    const fromSolver = Object.fromEntries(labels);
    const fromApi = Object.fromEntries(visible.map((c) => [`c${c.number}`, c.label]));
    expect(fromSolver).toEqual(fromApi);
    expect(fromApi).toMatchObject({ c7: "undecided", c8: "undecided", c9: "in", c10: "in" });
  });

  it("follows the debate as it changes: a rebuttal adds an attack and flips labels", async () => {
    const team = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(team);
    const rebuttal = await post(team.member.caller, debateId, "objection", claims.c6.id);
    const { apx } = await team.member.caller.debate.exportApx({ debateId });
    expect(apx).toContain(`arg(c${rebuttal.number}).`);
    expect(apx).toContain(`att(c${rebuttal.number},c6).`);

    const framework = parseApx(apx);
    const labels = labelAbstractFramework(framework.args, framework.attacks);
    const read = await readDebate(team.member.caller, debateId);
    for (const claim of read.claims.filter((c) => c.moderation === "visible")) {
      expect(labels.get(`c${claim.number}`), `c${claim.number}`).toBe(claim.label);
    }
    expect(labels.get("c6")).toBe("out");
    expect(labels.get("c3")).toBe("in");
  });

  it("exports an empty debate as an empty framework", async () => {
    const team = await createDebateTeam();
    const { id: debateId } = await team.facilitator.caller.debate.create({
      workspaceId: team.workspace.id,
      question: "Anything to discuss?",
    });
    const { apx } = await team.observer.caller.debate.exportApx({ debateId });
    expect(apx).toBe("");
    expect(parseApx(apx)).toEqual({ args: [], attacks: [] });
  });
});
