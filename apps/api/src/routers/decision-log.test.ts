// The workspace's decision log (newest first, filtered by status, searched by
// words) and the exports a person pastes elsewhere: a decision as Markdown
// and a debate as Argdown.
import { describe, expect, it } from "vitest";
import { createDebateTeam, type DebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { openProposal } from "../test/proposal-fixtures.ts";

/** Records a decision with no premises in a debate that has no open objection. */
async function decide(
  team: DebateTeam,
  debateId: string,
  fields: { outcome: string; rationale?: string; reviewBy?: Date; supersedesDecisionId?: string },
) {
  const { id } = await team.facilitator.caller.decision.record({
    debateId,
    ownerId: team.owner.user.id,
    ...fields,
  });
  return id;
}

describe("decision.log", () => {
  it("lists newest first, filters by status and finds decisions by their words", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const travel = await openDebate(f, team.workspace.id, { question: "Travel policy?" });
    const vendors = await openDebate(f, team.workspace.id, { question: "Vendors?" });
    const a = await decide(team, travel, {
      outcome: "Adopt the new travel policy",
      rationale: "The budgets for next year allow it",
    });
    const b = await decide(team, vendors, {
      outcome: "Review our vendors",
      rationale: "A quarterly check",
      reviewBy: new Date("2020-01-01T00:00:00Z"),
    });
    const c = await decide(team, travel, {
      outcome: "Adopt the revised travel policy",
      rationale: "Simpler forms",
      supersedesDecisionId: a,
    });
    const elsewhere = await createDebateTeam();
    const elsewhereDebate = await openDebate(elsewhere.facilitator.caller, elsewhere.workspace.id);
    await decide(elsewhere, elsewhereDebate, { outcome: "Cut the budget" });

    type LogInput = Omit<Parameters<typeof team.observer.caller.decision.log>[0], "workspaceId">;
    const log = (input: LogInput) =>
      team.observer.caller.decision.log({ workspaceId: team.workspace.id, ...input });
    const ids = async (input: LogInput) => (await log(input)).map((d) => d.id);

    const all = await log({});
    expect(all.map((d) => [d.id, d.status])).toEqual([
      [c, "active"],
      [b, "due_for_review"],
      [a, "superseded"],
    ]);
    expect(all[0]).toMatchObject({
      debate: { question: "Travel policy?" },
      owner: { id: team.owner.user.id },
      version: 1,
      openObjectionCount: 0,
    });
    expect(await ids({ status: "active" })).toEqual([c]);
    expect(await ids({ status: "due_for_review" })).toEqual([b]);
    expect(await ids({ status: "superseded" })).toEqual([a]);
    expect(await ids({ status: "contested" })).toEqual([]);

    expect(await ids({ query: "budget" })).toEqual([a]);
    expect(await ids({ query: "policy" })).toEqual([c, a]);
    expect(await ids({ query: "quarterly vendors" })).toEqual([b]);
    expect(await ids({ query: "submarine" })).toEqual([]);
    expect(await ids({ query: "   " })).toEqual([c, b, a]);
  });
});

describe("decision.markdown", () => {
  it("writes the outcome, the open objections with their dispositions and the review date", async () => {
    const team = await createDebateTeam();
    const [f, m] = [team.facilitator.caller, team.member.caller];
    const debateId = await openDebate(f, team.workspace.id, { question: "Open in Leeds?" });
    const position = await post(m, debateId, "position", null, "Open a Leeds office");
    const rents = await post(f, debateId, "objection", position.id, "Rents   are rising");
    const hiring = await post(f, debateId, "objection", position.id, "Hiring is slow");
    const proposal = await openProposal(f, debateId, { method: "consent", title: "Leeds in May" });
    await f.proposal.close({ debateId, proposalId: proposal.id });
    const clients = await post(m, debateId, "position", null, "Our clients are in Leeds");
    const { id } = await f.decision.record({
      debateId,
      outcome: "We open a Leeds office",
      rationale: "Clients are there.",
      proposalId: proposal.id,
      premiseClaimIds: [clients.id],
      ownerId: team.member.user.id,
      reviewBy: new Date("2031-03-01T12:00:00Z"),
      dispositions: [
        { claimId: rents.id, disposition: "accepted_risk", note: "Capped for two years" },
        { claimId: hiring.id, disposition: "will_monitor" },
      ],
    });
    const { markdown } = await team.observer.caller.decision.markdown({ decisionId: id });
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("# Decision: We open a Leeds office");
    expect(lines).toEqual(
      expect.arrayContaining([
        "- Status: active",
        "- Owner: member",
        "- Review by: 2031-03-01",
        "Debate: Open in Leeds?",
        "- #5 Our clients are in Leeds (stood when decided)",
        "Clients are there.",
        "Proposal: Leeds in May (consent)",
        "## Open objections at decision time",
        "- #2 Rents are rising — **Accepted risk**: Capped for two years",
        "- #3 Hiring is slow — **Will monitor**",
      ]),
    );
    expect(markdown).toContain("| Response | Votes |");
    expect(markdown).toContain("Outcome: Consented.");
    expect(markdown).not.toContain("```json");
  });

  it("says so when no objection was open", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const id = await decide(team, debateId, { outcome: "Nothing to object to" });
    const { markdown } = await team.member.caller.decision.markdown({ decisionId: id });
    expect(markdown).toContain("None: every objection had been answered.");
    expect(markdown).toContain("- Review by: —");
    expect(markdown).toContain("Recorded directly, without a proposal.");
  });
});

describe("debate.exportArgdown", () => {
  it("writes each visible claim as a statement under its target, with - and + relations", async () => {
    const team = await createDebateTeam();
    const [f, m] = [team.facilitator.caller, team.member.caller];
    const debateId = await openDebate(f, team.workspace.id, { question: "Open in Leeds?" });
    const p1 = await post(m, debateId, "position", null, "Open a Leeds office");
    const o2 = await post(f, debateId, "objection", p1.id, "Rents are rising [see report]");
    await post(m, debateId, "support", p1.id, "Clients are there");
    await post(m, debateId, "objection", o2.id, "Rents are capped");
    const p5 = await post(f, debateId, "position", null, "Stay in London");
    const o6 = await post(m, debateId, "objection", p5.id, "London is dearer");
    await m.claim.link({ claimId: o6.id, toId: p1.id });
    const o7 = await post(m, debateId, "objection", p5.id, "A rude remark");
    await f.claim.hide({ claimId: o7.id });

    const { argdown } = await team.observer.caller.debate.exportArgdown({ debateId });
    expect(argdown).toBe(
      [
        "# Open in Leeds\\?",
        "",
        "",
        "[Position 1]: Open a Leeds office",
        "    - [Objection 2]: Rents are rising \\[see report\\]",
        "        - [Objection 4]: Rents are capped",
        "    + [Support 3]: Clients are there",
        "",
        "[Position 5]: Stay in London",
        "    - [Objection 6]: London is dearer",
        "        -> [Position 1]",
        "",
      ].join("\n"),
    );
  });
});
