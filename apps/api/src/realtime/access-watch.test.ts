// The safety net under live streams' access (AccessWatch): what no event
// announces (a membership deleted by hand, a role changed in the database)
// still reaches the streams at the next check, and the check is one statement
// for all of an instance's streams, none of them reading again while nothing
// changed. Over real HTTP with real cookies.
import { poolOf } from "@steelman/db";
import { describe, expect, it, vi } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testEventBus, testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp } from "../test/http-client.ts";
import { streamingTestServer } from "../test/http-server.ts";

const live = streamingTestServer();

async function follow(debateId: string, cookie: string) {
  const stream = await SseStream.open(live.url, "live.debate", { debateId }, cookie);
  live.streams.push(stream);
  return stream;
}

/** Reads until the event about `subjectId` arrives: the stream is running. */
async function eventAbout(stream: SseStream, subjectId: string) {
  for (;;) {
    const message = await stream.nextData();
    if (!message) throw new Error("the stream ended before the event arrived");
    if ((message.data as { subjectId: string | null }).subjectId === subjectId) return;
  }
}

/** Reads until the server ends the stream; returns the error code it ended with. */
async function endOf(stream: SseStream): Promise<string | undefined> {
  let code: string | undefined;
  for (;;) {
    const message = await stream.next();
    if (!message) return code;
    if (message.event === "serialized-error") {
      code = (message.data as { data: { code: string } }).data.code;
    }
  }
}

describe("the check of all live streams' access", () => {
  it("ends a stream whose reader lost the debate with no event saying so", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const stream = await follow(debateId, await signInOverHttp(live.url, team.member.user.email));
    const claim = await post(team.owner.caller, debateId, "position", null);
    await eventAbout(stream, claim.id);

    // By hand, as an operator's SQL would: no event is recorded.
    await testPrisma().membership.deleteMany({
      where: { workspaceId: team.workspace.id, userId: team.member.user.id },
    });
    await (await testEventBus()).access.checkNow();
    expect(await endOf(stream)).toBe("NOT_FOUND");
  });

  it("reads every stream's access in one statement, and no stream reads its own", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const people = [team.member, team.observer, team.facilitator];
    const streams = await Promise.all(
      people.map(async (person) =>
        follow(debateId, await signInOverHttp(live.url, person.user.email)),
      ),
    );
    const claim = await post(team.owner.caller, debateId, "position", null);
    await Promise.all(streams.map((stream) => eventAbout(stream, claim.id)));

    const pool = poolOf(testPrisma());
    if (!pool) throw new Error("the test client has a pool");
    const query = vi.spyOn(pool, "query");
    try {
      await (await testEventBus()).access.checkNow();
      // Let any stream that was told to check again do so before counting.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const texts = query.mock.calls.map(([config]) =>
        typeof config === "string" ? config : String((config as { text?: string }).text),
      );
      expect(texts.filter((text) => text.includes("unnest(string_to_array"))).toHaveLength(1);
      expect(texts.filter((text) => text.includes(`FROM "Debate" d WHERE d."id" =`))).toEqual([]);
    } finally {
      query.mockRestore();
    }

    // A role changed by hand: that stream checks again and carries on as what it is now.
    await testPrisma().membership.updateMany({
      where: { workspaceId: team.workspace.id, userId: team.member.user.id },
      data: { role: "observer" },
    });
    const again = vi.spyOn(pool, "query");
    try {
      await (await testEventBus()).access.checkNow();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const rechecks = again.mock.calls.filter(([config]) =>
        String((config as { text?: string }).text).includes(`FROM "Debate" d WHERE d."id" =`),
      );
      expect(rechecks).toHaveLength(1);
    } finally {
      again.mockRestore();
    }
    const next = await post(team.owner.caller, debateId, "position", null);
    await Promise.all(streams.map((stream) => eventAbout(stream, next.id)));
  });
});
