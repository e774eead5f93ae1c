// The debate as one live event left it (its settings and workspace), and the
// events before it that its readers last received, in one statement: every
// API instance reads this for every event, and through Prisma it was three
// statements, four in a debate with hidden tallies.
import { Prisma } from "@steelman/db";
import type { Db } from "../db.ts";
import { debateSummarySelect } from "../services/debates/debate-service.ts";
import { sqlRows } from "../sql-rows.ts";
import { TURNOUT_EVENTS } from "./event-row.ts";

const eventDebateSelect = {
  ...debateSummarySelect,
  workspace: { select: { slug: true, name: true } },
} as const;

/**
 * As debate reads select it (debateSummarySelect), with its workspace: the
 * Prisma payload type, which presentDebate spreads and the web's types follow
 * (an intersection of DebateRow and the rest types its dates wrongly there).
 */
export type EventDebate = Prisma.DebateGetPayload<{ select: typeof eventDebateSelect }>;

export type EventDebateHead = {
  debate: EventDebate;
  /** The debate's last event before this one. */
  after: string | null;
  /** The same among events readers who see no turnout receive (votes and ballots left out). */
  afterSeen: string | null;
};

type HeadRow = Omit<EventDebate, "workspace"> & {
  workspaceSlug: string;
  workspaceName: string;
  after: string | null;
  afterSeen: string | null;
};

const TURNOUT = [...TURNOUT_EVENTS].join(",");

/**
 * debateSummarySelect's fields as columns, so a field added there is read
 * here too (the phase, an enum, as text, as $queryRaw gives it).
 */
const DEBATE_COLUMNS = Prisma.join(
  Object.keys(debateSummarySelect).map((field) =>
    Prisma.raw(field === "phase" ? `d."phase"::text AS "phase"` : `d."${field}"`),
  ),
);

/** Null when the debate is gone. */
export async function loadEventDebateHead(
  db: Db,
  debateId: string,
  eventId: bigint,
): Promise<EventDebateHead | null> {
  // Text parameters, so the statement takes the pool's direct path (sql-rows.ts).
  const before = Prisma.sql`${eventId.toString()}::bigint`;
  const lastEvent = (extra: Prisma.Sql) => Prisma.sql`
    (SELECT e."id"::text FROM "Event" e
      WHERE e."debateId" = d."id" AND e."id" < ${before} ${extra}
      ORDER BY e."id" DESC LIMIT 1)`;
  const [row] = await sqlRows<HeadRow>(
    db,
    Prisma.sql`
    SELECT ${DEBATE_COLUMNS}, w."slug" AS "workspaceSlug", w."name" AS "workspaceName",
      ${lastEvent(Prisma.empty)} AS "after",
      CASE WHEN d."hideTallies" THEN ${lastEvent(
        Prisma.sql`AND e."type" <> ALL (string_to_array(${TURNOUT}, ','))`,
      )} END AS "afterSeen"
    FROM "Debate" d JOIN "Workspace" w ON w."id" = d."workspaceId"
    WHERE d."id" = ${debateId}::uuid`,
  );
  if (!row) return null;
  const { workspaceSlug, workspaceName, after, afterSeen, ...debate } = row;
  return {
    debate: { ...debate, workspace: { slug: workspaceSlug, name: workspaceName } },
    after,
    // Readers kept from turnout follow the last event they could see.
    afterSeen: row.hideTallies ? afterSeen : after,
  };
}
