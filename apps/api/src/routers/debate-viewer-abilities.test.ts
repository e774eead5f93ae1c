// debate.get says what its reader may do now, from the rules the services
// enforce: the page offers nothing the server would refuse, and no link to a
// page the reader cannot open (a guest has no workspace, so no decision log).
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

describe("what debate.get offers its reader", () => {
  it("offers a guest in the rebuttal phase replies only, and the workspace's pages never", async () => {
    const f = await arrangeWorkshop();
    await f.facilitator.caller.workshop.setPhase({ debateId: f.debateId, phase: "rebuttal" });

    const guest = (await f.guest.caller.debate.get({ debateId: f.debateId })).debate.can;
    expect(guest).toMatchObject({
      postPosition: false,
      postReply: true,
      seeDecisionLog: false,
      seeWorkspace: false,
    });
    // What it is not offered, the server refuses.
    await expectTrpcError(
      f.guest.caller.claim.post({
        debateId: f.debateId,
        kind: "position",
        targetId: null,
        body: "New",
      }),
      "CONFLICT",
    );
    await expectTrpcError(
      f.guest.caller.decision.log({ workspaceId: f.workspace.id }),
      "NOT_FOUND",
    );

    const member = (await f.member.caller.debate.get({ debateId: f.debateId })).debate.can;
    expect(member).toMatchObject({ postPosition: false, postReply: true, seeDecisionLog: true });
    const facilitator = (await f.facilitator.caller.debate.get({ debateId: f.debateId })).debate
      .can;
    expect(facilitator).toMatchObject({ recordDecision: true, propose: true, moderate: true });
  });
});
