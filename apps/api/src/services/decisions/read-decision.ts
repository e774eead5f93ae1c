// One decision with its versions, premises (then and now), the objections
// open when it was taken, and its supersede links.
import type { Db } from "../../db.ts";
import { canSeeAuthors } from "../../domain/debate/debate-permissions.ts";
import { decisionStatus } from "../../domain/decision/decision-status.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { currentLabels, isPremiseContested } from "./decision-drift.ts";

const person = { select: { id: true, displayName: true } } as const;

export const decisionDetailSelect = {
  id: true,
  workspaceId: true,
  debateId: true,
  seriesId: true,
  version: true,
  outcome: true,
  rationale: true,
  proposalId: true,
  tally: true,
  reviewBy: true,
  supersedesSeriesId: true,
  recordedAt: true,
  owner: person,
  recordedBy: person,
  debate: { select: { question: true } },
  proposal: { select: { id: true, title: true, method: true, options: true } },
  premises: {
    select: {
      claimId: true,
      labelAtDecision: true,
      claim: { select: { number: true, body: true, kind: true } },
    },
  },
  objections: {
    orderBy: { number: "asc" },
    select: { claimId: true, number: true, body: true, disposition: true, note: true },
  },
} as const;

export async function readDecision(db: Db, access: DebateAccess, decisionId: string) {
  const decision = await db.decision.findUniqueOrThrow({
    where: { id: decisionId },
    select: decisionDetailSelect,
  });
  const [versions, supersededBy, supersedes, labels] = await Promise.all([
    db.decision.findMany({
      where: { seriesId: decision.seriesId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, recordedAt: true, outcome: true },
    }),
    db.decision.findFirst({
      where: { supersedesSeriesId: decision.seriesId },
      orderBy: { recordedAt: "desc" },
      select: { id: true, outcome: true, recordedAt: true },
    }),
    decision.supersedesSeriesId
      ? db.decision.findFirst({
          where: { seriesId: decision.supersedesSeriesId },
          orderBy: { version: "desc" },
          select: { id: true, outcome: true, recordedAt: true },
        })
      : null,
    currentLabels(db, [decision.debateId]),
  ]);
  const premises = decision.premises.map((p) => ({
    claimId: p.claimId,
    number: p.claim.number,
    kind: p.claim.kind,
    body: p.claim.body,
    labelAtDecision: p.labelAtDecision,
    labelNow: labels.get(p.claimId) ?? null,
  }));
  const latestVersion = versions[0]?.version ?? decision.version;
  const premiseContested = isPremiseContested(decision.premises, labels);
  const showPeople = canSeeAuthors(access.role, false);
  return {
    ...decision,
    owner: showPeople ? decision.owner : null,
    premises,
    versions,
    isLatestVersion: decision.version === latestVersion,
    supersededBy,
    supersedes,
    premiseContested,
    status: decisionStatus(
      { superseded: supersededBy !== null, premiseContested, reviewBy: decision.reviewBy },
      new Date(),
    ),
  };
}

export type DecisionDetail = Awaited<ReturnType<typeof readDecision>>;
