import { describe, expect, it } from "vitest";
import { type ViewerFacts, viewerAbilities } from "./viewer-abilities.ts";

const facts = (over: Partial<ViewerFacts>): ViewerFacts => ({
  role: "member",
  phase: "open",
  membersMayPropose: false,
  claimVotesOnlyInVoting: false,
  guestsSeeGroups: false,
  isWorkspaceMember: true,
  ...over,
});

describe("what a debate's reader may do", () => {
  it("offers a guest member in the rebuttal phase replies, but no new position and no workspace pages", () => {
    const can = viewerAbilities(facts({ phase: "rebuttal", isWorkspaceMember: false }));
    expect(can).toMatchObject({
      postPosition: false,
      postReply: true,
      seeDecisionLog: false,
      seeWorkspace: false,
      propose: false,
    });
  });

  it("lets members post positions while the debate is open, and see the decision log", () => {
    expect(viewerAbilities(facts({}))).toMatchObject({
      postPosition: true,
      postReply: true,
      voteOnClaims: true,
      seeDecisionLog: true,
      recordDecision: false,
    });
  });

  it("follows the debate's settings: proposals by members, claim votes only in voting", () => {
    expect(viewerAbilities(facts({ membersMayPropose: true })).propose).toBe(true);
    expect(viewerAbilities(facts({ claimVotesOnlyInVoting: true })).voteOnClaims).toBe(false);
    expect(
      viewerAbilities(facts({ claimVotesOnlyInVoting: true, phase: "voting" })).voteOnClaims,
    ).toBe(true);
  });

  it("offers observers reading only, members nothing in draft, and nobody changes in the archive", () => {
    expect(
      Object.values(viewerAbilities(facts({ role: "observer" }))).filter(Boolean),
    ).toHaveLength(3); // the workspace, the decision log, the opinion groups
    expect(viewerAbilities(facts({ phase: "draft" })).postReply).toBe(false);
    expect(viewerAbilities(facts({ role: "facilitator", phase: "draft" })).postPosition).toBe(true);
    const archived = viewerAbilities(facts({ role: "owner", phase: "archived" }));
    expect(archived).toMatchObject({ postReply: false, moderate: false, seeDecisionLog: true });
  });

  it("shows guests the opinion groups only when the facilitator allows it", () => {
    expect(viewerAbilities(facts({ isWorkspaceMember: false })).seeOpinionGroups).toBe(false);
    const allowed = facts({ isWorkspaceMember: false, guestsSeeGroups: true });
    expect(viewerAbilities(allowed).seeOpinionGroups).toBe(true);
    expect(viewerAbilities(facts({ role: "observer" })).seeOpinionGroups).toBe(true);
  });
});
