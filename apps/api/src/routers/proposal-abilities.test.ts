// The `can` flags proposal.list sends with each proposal are the server's
// own authorization: for each phase × reader × proposal state, a flag is set
// iff the mutation succeeds through createCaller (each reader on a debate of
// their own, as a successful close or block changes it).
import { describe, expect, it } from "vitest";
import type { TestCaller } from "../test/assertions.ts";
import { succeeds } from "../test/claim-states.ts";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { openProposal } from "../test/proposal-fixtures.ts";
import { joinAsGuest } from "../test/workshop-fixtures.ts";

const PHASES = ["open", "draft", "archived"] as const;
const READERS = ["owner", "facilitator", "member", "observer", "guest"] as const;
type Reader = (typeof READERS)[number];

/** A debate in `phase` with three proposals: members only, guests too, and one closed. */
async function arrange(phase: (typeof PHASES)[number], reader: Reader) {
  const team = await createDebateTeam();
  const f = team.facilitator.caller;
  const debateId = await openDebate(f, team.workspace.id);
  const proposals = {
    membersOnly: await openProposal(f, debateId, { method: "consent" }),
    guestsToo: await openProposal(f, debateId, { method: "consent", guestsMayVote: true }),
    closed: await openProposal(f, debateId, { method: "consent" }),
  };
  await f.proposal.close({ debateId, proposalId: proposals.closed.id });
  const code = (await f.workshop.openJoinCode({ debateId, role: "member" })).code;
  const guest = await joinAsGuest(code, "Guest Gil");
  if (phase === "draft") await f.workshop.setPhase({ debateId, phase: "draft" });
  if (phase === "archived") await team.owner.caller.debate.archive({ debateId });
  const caller: TestCaller = reader === "guest" ? guest.caller : team[reader].caller;
  return { debateId, proposals, caller };
}

const attempts = {
  vote: (caller: TestCaller, debateId: string, proposalId: string) =>
    caller.proposal.vote({
      debateId,
      proposalId,
      ballot: { method: "consent", choice: "agree" },
    }),
  block: (caller: TestCaller, debateId: string, proposalId: string) =>
    caller.proposal.vote({
      debateId,
      proposalId,
      ballot: { method: "consent", choice: "block", reason: "It would cost too much" },
    }),
  close: (caller: TestCaller, debateId: string, proposalId: string) =>
    caller.proposal.close({ debateId, proposalId }),
};

describe("proposal `can` flags match what the server allows", () => {
  it("for each phase, reader and proposal state", async () => {
    const offered = { vote: 0, block: 0, close: 0 };
    for (const phase of PHASES) {
      for (const reader of READERS) {
        const { debateId, proposals, caller } = await arrange(phase, reader);
        const listed = await caller.proposal.list({ debateId });
        const flags: Record<string, unknown> = {};
        const outcomes: Record<string, unknown> = {};
        for (const [name, { id }] of Object.entries(proposals)) {
          const can = listed.find((p) => p.id === id)?.can;
          flags[name] = { vote: can?.vote, block: can?.block, close: can?.close };
          // Close last: it ends the proposal for the other two attempts.
          const outcome = {
            vote: await succeeds(attempts.vote(caller, debateId, id)),
            block: await succeeds(attempts.block(caller, debateId, id)),
            close: await succeeds(attempts.close(caller, debateId, id)),
          };
          outcomes[name] = outcome;
          for (const action of ["vote", "block", "close"] as const)
            if (can?.[action]) offered[action] += 1;
        }
        expect({ phase, reader, flags }).toEqual({ phase, reader, flags: outcomes });
      }
    }
    // Each flag is set somewhere: a flag never set would pass the table too.
    expect(offered.vote).toBeGreaterThan(0);
    expect(offered.block).toBeGreaterThan(0);
    expect(offered.close).toBeGreaterThan(0);
  }, 120_000);

  it("says why a guest casts no ballot on a members-only proposal", async () => {
    const { debateId, proposals, caller } = await arrange("open", "guest");
    const listed = await caller.proposal.list({ debateId });
    const membersOnly = listed.find((p) => p.id === proposals.membersOnly.id);
    expect(membersOnly?.can.noVoteReason).toMatch(/Guests do not vote on this proposal/);
    expect(listed.find((p) => p.id === proposals.guestsToo.id)?.can.noVoteReason).toBeNull();
  });
});
