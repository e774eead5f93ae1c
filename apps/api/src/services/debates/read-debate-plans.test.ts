// A debate read costs what the debate holds, not what the install holds:
// every statement the access checks and `readDebate` send is planned by
// PostgreSQL with sequential scans switched off. Where no index condition can
// narrow a table to the debate (or to one row), PostgreSQL must still plan a
// whole-table read: a "Seq Scan", or an index walked end to end with no
// condition (as the old revision count's GROUP BY over every revision was).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@steelman/db";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { debateWithEverything } from "../../test/debate-fixtures.ts";
import { requireDebateAccess } from "./debate-access.ts";
import { requireDebateReadAccess } from "./debate-read-access.ts";
import { loadDebateGraph, readDebate } from "./read-debate.ts";

const statements: string[] = [];
const logging = new PrismaClient({
  adapter: new PrismaPg({ connectionString: inject("databaseUrl"), max: 2 }),
  log: [{ emit: "event", level: "query" }],
});
logging.$on("query", (event) => statements.push(event.query));
const explainer = new pg.Client({ connectionString: inject("databaseUrl") });

afterAll(async () => {
  await logging.$disconnect();
  await explainer.end();
});

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Cond"?: string;
  Plans?: PlanNode[];
};

/** The plan's table reads that are not narrowed by an index condition. */
async function wholeTableReads(statement: string): Promise<string[]> {
  const { rows } = await explainer.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    `EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${statement}`,
  );
  const found: string[] = [];
  const walk = (node: PlanNode) => {
    const type = node["Node Type"];
    const unnarrowed =
      type === "Seq Scan" ||
      ((type === "Index Scan" || type === "Index Only Scan") && !node["Index Cond"]);
    if (unnarrowed) found.push(`${type} on ${node["Relation Name"]}`);
    for (const child of node.Plans ?? []) walk(child);
  };
  for (const row of rows) walk(row["QUERY PLAN"][0].Plan);
  return found;
}

describe("reading a debate", () => {
  it("plans every statement without a whole-table scan, and takes the numbered status path", async () => {
    const { team, debateId, position, rebuttal } = await debateWithEverything();

    await explainer.connect();
    await explainer.query("SET enable_seqscan = off");
    statements.length = 0;
    // Other debate procedures' check, then debate.get's own (with the header and latest event).
    await requireDebateAccess(logging, team.member.user.id, debateId, "observer", "read");
    const access = await requireDebateReadAccess(
      logging,
      team.member.user.id,
      debateId,
      "observer",
      "read",
    );
    const read = await readDebate(logging, access);
    expect(read.claims).toHaveLength(3);

    const selects = statements.filter((statement) => /^\s*(SELECT|WITH)\b/i.test(statement));
    // The two checks, the claims, and the rest in one (debate-side-rows.ts).
    expect(selects).toHaveLength(4);
    for (const statement of selects) {
      expect(await wholeTableReads(statement), statement).toEqual([]);
    }

    // The status takes the numbered path: targets and link ends come with their numbers.
    const graph = await loadDebateGraph(logging, debateId);
    const numbers = new Map(graph.claims.map((claim) => [claim.id, claim.number]));
    for (const claim of graph.claims) {
      expect(claim.target?.number ?? null).toBe(
        claim.targetId ? (numbers.get(claim.targetId) ?? null) : null,
      );
    }
    expect(graph.links).toEqual([
      { fromId: rebuttal.id, toId: position.id, fromNumber: 3, toNumber: 1 },
    ]);
  });
});
