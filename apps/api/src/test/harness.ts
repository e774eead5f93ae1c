// Helpers for integration tests: a real database, real sessions, and
// callers built through tRPC's createCaller with the same context shape the
// HTTP layer builds.
import { createPrismaClient, type PrismaClient } from "@steelman/db";
import { inject } from "vitest";
import { hashPassword } from "../auth/passwords.ts";
import type { Role } from "../domain/roles.ts";
import { readApiEnv } from "../env.ts";
import { EventBus } from "../realtime/event-bus.ts";
import { appRouter } from "../routers/app-router.ts";
import { createSession, validateSessionToken } from "../services/sessions.ts";
import type { Context } from "../trpc/context.ts";
import { createCallerFactory } from "../trpc/trpc.ts";

export const TEST_PASSWORD = "correct horse battery staple";
export const testEnv = readApiEnv({ NODE_ENV: "test", APP_ORIGIN: "http://localhost:3000" });

let prisma: PrismaClient | undefined;
export function testPrisma(): PrismaClient {
  prisma ??= createPrismaClient(inject("databaseUrl"), { poolSize: 5 });
  return prisma;
}

let eventBus: Promise<EventBus> | undefined;
/** A real LISTEN connection, as the API instance has; one per test file. */
export function testEventBus(): Promise<EventBus> {
  eventBus ??= (async () => {
    const bus = new EventBus(testPrisma(), inject("databaseUrl"), () => {});
    await bus.start();
    return bus;
  })();
  return eventBus;
}

let passwordHash: Promise<string> | undefined;

export function uniqueEmail(label = "user"): string {
  return `${label}-${crypto.randomUUID().slice(0, 12)}@test.steelman.test`;
}

export type TestUser = { id: string; email: string; displayName: string; isGuest: boolean };

export async function createTestUser(label = "user"): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return testPrisma().user.create({
    data: { email: uniqueEmail(label), displayName: label, passwordHash: await passwordHash },
    select: { id: true, email: true, displayName: true, isGuest: true },
  });
}

export type CookieLog = {
  set: { token: string; expiresAt: Date }[];
  cleared: number;
  /** Device tokens the server gave this browser. */
  devices: string[];
};

const createCaller = createCallerFactory(appRouter);

/**
 * A caller as the given session token's owner (or signed out), recording
 * cookie writes; `deviceToken` is the browser's device cookie, if any.
 */
export async function callerWithToken(
  token: string | null,
  ipAddress = "203.0.113.7",
  deviceToken: string | null = null,
) {
  const db = testPrisma();
  const session = token ? await validateSessionToken(db, token) : null;
  const cookies: CookieLog = { set: [], cleared: 0, devices: [] };
  const ctx: Context = {
    prisma: db,
    env: testEnv,
    events: await testEventBus(),
    user: session?.user ?? null,
    session: session && token ? { publicId: session.publicId, token } : null,
    client: { ipAddress, userAgent: "vitest" },
    sessionCookie: {
      set: (value, expiresAt) => cookies.set.push({ token: value, expiresAt }),
      clear: () => {
        cookies.cleared += 1;
      },
    },
    deviceCookie: { value: deviceToken, set: (value) => cookies.devices.push(value) },
  };
  return { caller: createCaller(ctx), cookies, ctx };
}

/** Signs a user in (a real session row) and returns a caller for them. */
export async function signedInCaller(user: Pick<TestUser, "id">) {
  const { token } = await createSession(testPrisma(), user.id, {
    userAgent: "vitest",
    ipAddress: null,
  });
  return { ...(await callerWithToken(token)), token };
}

export async function signedOutCaller() {
  return (await callerWithToken(null)).caller;
}

/** A workspace owned by a fresh user, with one member per requested role. */
export async function createTestWorkspace(roles: Exclude<Role, "owner">[] = []) {
  const owner = await createTestUser("owner");
  const workspace = await testPrisma().workspace.create({
    data: {
      name: `Test ${crypto.randomUUID().slice(0, 8)}`,
      slug: `t-${crypto.randomUUID()}`,
      memberships: { create: { userId: owner.id, role: "owner" } },
    },
    select: { id: true, slug: true, name: true },
  });
  const members: Partial<Record<Role, TestUser>> = { owner };
  for (const role of roles) {
    const user = await createTestUser(role);
    await testPrisma().membership.create({
      data: { workspaceId: workspace.id, userId: user.id, role },
    });
    members[role] = user;
  }
  return { workspace, owner, members };
}
