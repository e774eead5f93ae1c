// Helpers for workshop integration tests: a debate with a room's worth of
// people, guests who join by code through the real guest.join procedure (the
// session token read from the cookie it sets), event rows read straight from
// the database, and a reader for live subscriptions.
import { expect } from "vitest";
import { appRouter } from "../routers/app-router.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { type TestCaller, uniqueIp } from "./assertions.ts";
import { createDebateTeam, openDebate, post } from "./debate-fixtures.ts";
import { callerWithToken, testPrisma } from "./harness.ts";

export type Guest = { userId: string; displayName: string; token: string; caller: TestCaller };

/** Joins by `code` from a fresh address, signed out, as guest.join does in a browser. */
export async function joinAsGuest(code: string, displayName: string): Promise<Guest> {
  const { caller, cookies } = await callerWithToken(null, uniqueIp());
  const joined = await caller.guest.join({ code, displayName });
  expect(cookies.set).toHaveLength(1);
  const token = cookies.set[0]!.token;
  const session = await callerWithToken(token);
  expect(session.ctx.user).toMatchObject({ displayName, isGuest: true });
  expect(joined.debateId).toEqual(expect.any(String));
  return { userId: session.ctx.user!.id, displayName, token, caller: session.caller };
}

/**
 * A workspace with one person per role, a debate opened by the facilitator
 * holding one position by the member, a member-role join code and one guest
 * who joined with it.
 */
export async function arrangeWorkshop(options: { anonymous?: boolean } = {}) {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
    question: "Should we adopt a four-day week?",
    anonymous: options.anonymous ?? false,
  });
  const position = await post(team.member.caller, debateId, "position", null, "Yes, try it");
  const joinCode = await team.facilitator.caller.workshop.openJoinCode({
    debateId,
    role: "member",
  });
  const guest = await joinAsGuest(joinCode.code, "Guest Grace");
  return { ...team, debateId, position, code: joinCode.code, guest };
}

export type Workshop = Awaited<ReturnType<typeof arrangeWorkshop>>;

/** A debate's event rows, oldest first. */
export function debateEvents(debateId: string) {
  return testPrisma().event.findMany({
    where: { debateId },
    orderBy: { id: "asc" },
    select: { id: true, type: true, actorId: true, subjectId: true, data: true },
  });
}

export const countDebateEvents = (debateId: string) =>
  testPrisma().event.count({ where: { debateId } });

export type LiveEvent = {
  id: string;
  type: string;
  subjectId: string | null;
  data: unknown;
  actor: { id: string; displayName: string } | null;
};

const createCaller = createCallerFactory(appRouter);

/**
 * Subscribes to live.debate as the session `token` belongs to, with an abort
 * signal, so a test can end a stream that is waiting for events.
 */
export async function openLive(token: string, debateId: string, lastEventId?: string) {
  const { ctx } = await callerWithToken(token);
  const controller = new AbortController();
  const caller = createCaller(ctx, { signal: controller.signal });
  const stream = await caller.live.debate({ debateId, lastEventId });
  return { stream, close: () => controller.abort() };
}

/**
 * Reads events from a subscription until `count` arrived or the time is up,
 * then ends it. createCaller yields tRPC's tracked envelope, [id, data, marker].
 */
export async function collectLive(
  live: { stream: AsyncIterable<unknown>; close: () => void },
  count: number,
  ms = 5_000,
  onError?: (error: unknown) => void,
): Promise<LiveEvent[]> {
  const seen: LiveEvent[] = [];
  const iterator = live.stream[Symbol.asyncIterator]();
  const deadline = Date.now() + ms;
  try {
    while (seen.length < count && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const next = await Promise.race([
        // A stream that ends with an error (say, access withdrawn) goes to
        // `onError` when the caller expects one, and is thrown otherwise.
        iterator.next().catch((error: unknown) => {
          if (!onError) throw error;
          onError(error);
          return null;
        }),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), deadline - Date.now());
        }),
      ]);
      clearTimeout(timer);
      if (!next || next.done) break;
      const [id, data] = next.value as [string, Omit<LiveEvent, "id">];
      const { type, subjectId, actor } = data;
      seen.push({ id, type, subjectId, data: data.data, actor });
    }
  } finally {
    live.close();
    await iterator.return?.();
  }
  return seen;
}
