// The 30-second safety net under every live stream's access (events already
// say when a membership, a grant or the debate's settings change): every
// ACCESS_RECHECK_MS one statement reads the access of all of this instance's
// open streams at once, and only a stream whose access differs from what it
// holds checks again for itself (and ends if refused). Each stream checking
// for itself was 33 statements a second at 1,000 listeners, whatever happened.
import { Prisma } from "@steelman/db";
import type { PrismaClient } from "../db.ts";
import {
  type DebateAccess,
  type RoleColumns,
  roleColumnsOf,
} from "../services/debates/debate-access.ts";
import { sqlRows, uuidArray } from "../sql-rows.ts";
import { PeriodicWatch } from "./periodic-watch.ts";

export const ACCESS_RECHECK_MS = 30_000;

type Watcher = { current: () => DebateAccess; onChanged: () => void };
type AccessNow = RoleColumns & {
  userId: string;
  debateId: string;
  phase: string;
  anonymous: boolean;
  archivedAt: Date | null;
};

/** Whether the access a stream holds still stands as the database has it now. */
function stillHolds(access: DebateAccess, now: AccessNow | undefined): boolean {
  if (!now) return false;
  const role = now.memberRole ?? now.guestRole;
  return (
    role === access.role &&
    (now.memberRole === null) === access.guest &&
    now.phase === access.debate.phase &&
    now.anonymous === access.debate.anonymous &&
    now.archivedAt?.getTime() === access.debate.archivedAt?.getTime()
  );
}

export class AccessWatch extends PeriodicWatch<Watcher> {
  constructor(
    private readonly prisma: PrismaClient,
    onError: (error: unknown) => void,
    intervalMs = ACCESS_RECHECK_MS,
  ) {
    super(intervalMs, onError);
  }

  /** Calls `onChanged` when the access `current()` gives no longer stands; returns the way to stop watching. */
  watch(current: () => DebateAccess, onChanged: () => void): () => void {
    return this.add({ current, onChanged });
  }

  protected async checkAll(asked: readonly Watcher[]): Promise<void> {
    const held = asked.map((watcher) => ({ watcher, access: watcher.current() }));
    const pairs = new Map(held.map(({ access }) => [pairKey(access), access]));
    const rows = await readAccessNow(this.prisma, [...pairs.values()]);
    const byPair = new Map(rows.map((row) => [`${row.userId}|${row.debateId}`, row]));
    for (const { watcher, access } of held) {
      if (!this.isWatching(watcher) || stillHolds(access, byPair.get(pairKey(access)))) continue;
      watcher.onChanged();
    }
  }
}

const pairKey = (access: DebateAccess) => `${access.userId}|${access.debate.id}`;

/** Each (person, debate)'s access columns as requireDebateAccess reads them, in one statement. */
function readAccessNow(prisma: PrismaClient, accesses: readonly DebateAccess[]) {
  const users = uuidArray(accesses.map((a) => a.userId));
  const debates = uuidArray(accesses.map((a) => a.debate.id));
  return sqlRows<AccessNow>(
    prisma,
    Prisma.sql`
    SELECT p."userId"::text AS "userId", d."id"::text AS "debateId", d."phase"::text AS "phase",
      d."anonymous", d."archivedAt", ${roleColumnsOf(Prisma.sql`p."userId"`)}
    FROM unnest(${users}, ${debates}) AS p("userId", "debateId")
    JOIN "Debate" d ON d."id" = p."debateId"`,
  );
}
