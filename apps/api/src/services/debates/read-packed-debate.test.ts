// The web's debate read shares the part every reader of a kind sees alike
// (debate-read-cache.ts). Whoever built it, each reader must get exactly
// their own plain read back (their own claims, votes and abilities, names as
// their role may see them), and no change may be answered from before it.
import { poolOf } from "@steelman/db";
import { describe, expect, it, vi } from "vitest";
import { appRouter } from "../../routers/app-router.ts";
import type { TestCaller } from "../../test/assertions.ts";
import {
  addPerson,
  buildRichDebate,
  createDebateTeam,
  type Person,
  post,
} from "../../test/debate-fixtures.ts";
import { signedInCaller, testPrisma } from "../../test/harness.ts";
import { joinAsGuest } from "../../test/workshop-fixtures.ts";
import { createCallerFactory } from "../../trpc/trpc.ts";
import { unpackDebateView } from "../../wire/packed-debate.ts";

const createCaller = createCallerFactory(appRouter);

/** A caller that asks for the packed form, as the web's client does. */
async function webCaller(userId: string): Promise<TestCaller> {
  const { ctx } = await signedInCaller({ id: userId });
  return createCaller({ ...ctx, packedReads: true });
}

/** The read as the web holds it after unpacking, without the server's clock. */
async function webRead(caller: TestCaller, debateId: string) {
  const packed = await caller.debate.get({ debateId });
  const { serverNow: _now, ...read } = unpackDebateView(packed as never) as Record<string, unknown>;
  return read;
}

async function plainRead(caller: TestCaller, debateId: string) {
  const { serverNow: _now, ...read } = await caller.debate.get({ debateId });
  return read;
}

/** How many statements a read makes on the pool (a shared part is not read again). */
async function statementsOf(read: () => Promise<unknown>): Promise<number> {
  const pool = poolOf(testPrisma());
  if (!pool) throw new Error("the test client has a pool");
  const query = vi.spyOn(pool, "query");
  try {
    await read();
    return query.mock.calls.length;
  } finally {
    query.mockRestore();
  }
}

describe("debate.get's shared part", () => {
  for (const anonymous of [false, true]) {
    it(`gives each reader their own read, built for them or shared (${anonymous ? "anonymous" : "named"} debate)`, async () => {
      const team = await createDebateTeam();
      const { debateId, claims } = await buildRichDebate(team, { anonymous });
      await team.member.caller.claim.vote({
        claimId: claims.c2.id,
        agreement: "agree",
        impact: null,
      });
      // A second member: the same kind of reader as the first, with claims and votes of their own.
      const other: Person = await addPerson(team.workspace.id, "member", "other");
      const own = await post(other.caller, debateId, "objection", claims.c1.id, "Mine");
      await other.caller.claim.vote({ claimId: claims.c4.id, agreement: "disagree", impact: 3 });
      const code = await team.facilitator.caller.workshop.openJoinCode({
        debateId,
        role: "member",
      });
      const guest = await joinAsGuest(code.code, "Guest Gwen");

      const readers = [
        { caller: team.member.caller, id: team.member.user.id },
        { caller: other.caller, id: other.user.id },
        { caller: guest.caller, id: guest.userId },
        { caller: team.observer.caller, id: team.observer.user.id },
        { caller: team.facilitator.caller, id: team.facilitator.user.id },
        { caller: team.owner.caller, id: team.owner.user.id },
      ];
      for (const reader of readers) {
        const web = await webCaller(reader.id);
        expect(await webRead(web, debateId)).toEqual(await plainRead(reader.caller, debateId));
      }
      // The second member's read came from the first member's shared part.
      const web = await webCaller(other.user.id);
      expect(await statementsOf(() => web.debate.get({ debateId }))).toBe(1);
      const read = (await webRead(web, debateId)) as { claims: { id: string; isMine: boolean }[] };
      expect(read.claims.filter((c) => c.isMine).map((c) => c.id)).toEqual([own.id]);
    });
  }

  it("answers every change from after it: a post, a vote, a setting", async () => {
    const team = await createDebateTeam();
    const debateId = (await buildRichDebate(team)).debateId;
    const web = await webCaller(team.member.user.id);
    type Read = { claims: { id: string; tally: { total: number } | null }[] };
    await webRead(web, debateId);

    const added = await post(team.facilitator.caller, debateId, "position", null, "Hybrid");
    let read = (await webRead(web, debateId)) as Read;
    expect(read.claims.map((c) => c.id)).toContain(added.id);

    await team.owner.caller.claim.vote({ claimId: added.id, agreement: "agree", impact: null });
    read = (await webRead(web, debateId)) as Read;
    expect(read.claims.find((c) => c.id === added.id)?.tally).toMatchObject({ total: 1 });

    await team.facilitator.caller.debate.update({ debateId, hideTallies: true });
    read = (await webRead(web, debateId)) as Read;
    expect(read.claims.every((c) => c.tally === null)).toBe(true);
    expect(await webRead(web, debateId)).toEqual(await plainRead(team.member.caller, debateId));
  });
});
