// The workspace's decision log: the latest version of every decision,
// newest first, filterable by status and searchable (PostgreSQL full-text).
import type { Db } from "../../db.ts";
import { type DecisionStatus, decisionStatus } from "../../domain/decision/decision-status.ts";
import { type PersonViewer, presentPerson } from "../../domain/people/present-person.ts";
import { currentLabels, isPremiseContested } from "./decision-drift.ts";

export async function listDecisionLog(
  db: Db,
  workspaceId: string,
  /** Owners are accountable, not authors: named even for anonymous debates (see read-decision). */
  viewer: Omit<PersonViewer, "anonymous">,
  filters: { status: DecisionStatus | null; query: string | null },
) {
  const matching = filters.query
    ? await db.$queryRaw<{ seriesId: string }[]>`
        SELECT DISTINCT "seriesId" FROM "Decision"
        WHERE "workspaceId" = ${workspaceId}::uuid
          AND "searchVector" @@ websearch_to_tsquery('english', ${filters.query})`
    : null;
  const decisions = await db.decision.findMany({
    where: {
      workspaceId,
      ...(matching ? { seriesId: { in: matching.map((m) => m.seriesId) } } : {}),
    },
    orderBy: [{ recordedAt: "desc" }, { version: "desc" }],
    select: {
      id: true,
      seriesId: true,
      version: true,
      debateId: true,
      outcome: true,
      rationale: true,
      reviewBy: true,
      recordedAt: true,
      supersedesSeriesId: true,
      debate: { select: { question: true } },
      owner: { select: { id: true, displayName: true } },
      premises: { select: { claimId: true } },
      _count: { select: { objections: true } },
    },
  });
  const latest = new Map<string, (typeof decisions)[number]>();
  for (const decision of decisions)
    if (!latest.has(decision.seriesId)) latest.set(decision.seriesId, decision);
  const supersededSeries = new Set(
    (
      await db.decision.findMany({
        where: { workspaceId, supersedesSeriesId: { not: null } },
        select: { supersedesSeriesId: true },
      })
    ).map((d) => d.supersedesSeriesId),
  );
  const labels = await currentLabels(
    db,
    [...latest.values()].map((d) => d.debateId),
  );
  const now = new Date();
  const entries = [...latest.values()].map(({ premises, _count, ...decision }) => {
    const premiseContested = isPremiseContested(premises, labels);
    return {
      ...decision,
      owner: presentPerson({ ...viewer, anonymous: false }, decision.owner),
      openObjectionCount: _count.objections,
      premiseContested,
      status: decisionStatus(
        {
          superseded: supersededSeries.has(decision.seriesId),
          premiseContested,
          reviewBy: decision.reviewBy,
        },
        now,
      ),
    };
  });
  return filters.status ? entries.filter((e) => e.status === filters.status) : entries;
}
