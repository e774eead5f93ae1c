// Personal API tokens through createCaller: each person manages only their
// own, and a token's calls are held to its workspace and scope.
import { describe, expect, it } from "vitest";
import { validateApiToken } from "../services/api-tokens/api-tokens.ts";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { callerWithToken, testPrisma } from "../test/harness.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { appRouter } from "./app-router.ts";

/** A caller as a script holding `token` (no session), built the way the HTTP context is. */
async function tokenCaller(token: string) {
  const valid = await validateApiToken(testPrisma(), token);
  if (!valid) throw new Error("token refused");
  const { ctx } = await callerWithToken(null);
  return createCallerFactory(appRouter)({
    ...ctx,
    user: valid.user,
    session: null,
    apiToken: valid.grant,
  });
}

describe("apiToken procedures", () => {
  it("lists only the caller's tokens, never the secret or its hash", async () => {
    const team = await createDebateTeam();
    const ws = team.workspace.id;
    await team.member.caller.apiToken.create({ workspaceId: ws, name: "Mine", scope: "read" });
    await team.owner.caller.apiToken.create({ workspaceId: ws, name: "Theirs", scope: "write" });
    const mine = await team.member.caller.apiToken.list();
    expect(mine.map((t) => t.name)).toEqual(["Mine"]);
    expect(mine[0]).not.toHaveProperty("token");
    expect(mine[0]).not.toHaveProperty("tokenHash");
  });

  it("refuses to revoke someone else's token, and to make one for a foreign workspace", async () => {
    const team = await createDebateTeam();
    const other = await createDebateTeam();
    const theirs = await team.owner.caller.apiToken.create({
      workspaceId: team.workspace.id,
      name: "Owner's",
      scope: "write",
    });
    await expectTrpcError(team.member.caller.apiToken.revoke({ tokenId: theirs.id }), "NOT_FOUND");
    await expectTrpcError(
      team.member.caller.apiToken.create({
        workspaceId: other.workspace.id,
        name: "Sneaky",
        scope: "read",
      }),
      "NOT_FOUND",
    );
  });

  it("holds a token to its scope, its workspace and its person's role", async () => {
    const team = await createDebateTeam();
    const ws = team.workspace.id;
    const debateId = await openDebate(team.facilitator.caller, ws);
    const read = await team.member.caller.apiToken.create({
      workspaceId: ws,
      name: "r",
      scope: "read",
    });
    const write = await team.member.caller.apiToken.create({
      workspaceId: ws,
      name: "w",
      scope: "write",
    });
    const reader = await tokenCaller(read.token);
    const writer = await tokenCaller(write.token);

    expect((await reader.debate.get({ debateId })).claims).toEqual([]);
    await expectTrpcError(
      reader.claim.post({ debateId, kind: "position", targetId: null, body: "No" }),
      "FORBIDDEN",
      /can only read/,
    );
    await writer.claim.post({ debateId, kind: "position", targetId: null, body: "Yes" });
    // Still a member, not a facilitator: the person's role applies.
    await expectTrpcError(writer.debate.archive({ debateId }), "FORBIDDEN");
    // Nothing outside the workspace's objects, nor the account.
    await expectTrpcError(writer.apiToken.list(), "FORBIDDEN");
    await expectTrpcError(writer.workspace.list(), "FORBIDDEN");
  });
});
