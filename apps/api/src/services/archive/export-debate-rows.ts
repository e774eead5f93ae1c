// One debate's lines of a workspace archive, in the order an import writes
// them (a row only after what it refers to), each table read page by page.
import type { Db } from "../../db.ts";
import type { ArchiveRecord } from "../../domain/archive/archive-format.ts";
import { ARCHIVE_PAGE, asJson, iso, isoOrNull, paged } from "./archive-paging.ts";

type Emit = (record: ArchiveRecord) => Promise<void>;
type Voter = (userId: string) => Promise<string>;

const byId = <T extends { id: string }>(row: T) => row.id;
const after = (id: string | undefined) => (id ? { id: { gt: id } } : {});
const page = { orderBy: { id: "asc" as const }, take: ARCHIVE_PAGE };

export async function exportDebateRows(db: Db, debateId: string, emit: Emit, voter: Voter) {
  const d = await db.debate.findUniqueOrThrow({ where: { id: debateId } });
  await emit({
    t: "debate",
    id: d.id,
    question: d.question,
    description: d.description,
    phase: d.phase,
    anonymous: d.anonymous,
    hideTallies: d.hideTallies,
    membersMayPropose: d.membersMayPropose,
    claimVotesOnlyInVoting: d.claimVotesOnlyInVoting,
    guestsSeeGroups: d.guestsSeeGroups,
    phaseStartedAt: iso(d.phaseStartedAt),
    phaseEndsAt: isoOrNull(d.phaseEndsAt),
    claimCount: d.claimCount,
    createdBy: d.createdById,
    createdAt: iso(d.createdAt),
    archivedAt: isoOrNull(d.archivedAt),
  });
  const where = { debateId };
  for (const b of await db.importBatch.findMany({ where, orderBy: { id: "asc" } }))
    await emit({
      t: "importBatch",
      id: b.id,
      debate: debateId,
      importedBy: b.importedById,
      fileName: b.fileName,
      importedAt: iso(b.importedAt),
    });
  // Claims by number: a reply's target always has a smaller number.
  const claims = paged(
    (n: number | undefined) =>
      db.claim.findMany({
        where: { debateId, ...(n ? { number: { gt: n } } : {}) },
        orderBy: { number: "asc" },
        take: ARCHIVE_PAGE,
      }),
    (c) => c.number,
  );
  for await (const c of claims)
    await emit({
      t: "claim",
      id: c.id,
      debate: debateId,
      number: c.number,
      kind: c.kind,
      target: c.targetId,
      author: c.authorId,
      body: c.body,
      moderation: c.moderation,
      mergedInto: c.mergedIntoId,
      lockedAt: isoOrNull(c.lockedAt),
      parkedAt: isoOrNull(c.parkedAt),
      parkReason: c.parkReason,
      parkedBy: c.parkedById,
      importBatch: c.importBatchId,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
    });
  const links = paged(
    (a?: string) => db.claimLink.findMany({ where: { ...where, ...after(a) }, ...page }),
    byId,
  );
  for await (const l of links)
    await emit({
      t: "link",
      id: l.id,
      debate: debateId,
      from: l.fromId,
      to: l.toId,
      createdBy: l.createdById,
      createdAt: iso(l.createdAt),
    });
  const revisions = paged(
    (a?: string) => db.claimRevision.findMany({ where: { ...where, ...after(a) }, ...page }),
    byId,
  );
  for await (const r of revisions)
    await emit({
      t: "revision",
      id: r.id,
      debate: debateId,
      claim: r.claimId,
      revision: r.revision,
      body: r.body,
      editor: r.editorId,
      importBatch: r.importBatchId,
      createdAt: iso(r.createdAt),
    });
  const resolutions = paged(
    (a?: string) => db.resolution.findMany({ where: { ...where, ...after(a) }, ...page }),
    byId,
  );
  for await (const r of resolutions)
    await emit({
      t: "resolution",
      id: r.id,
      debate: debateId,
      claim: r.claimId,
      kind: r.kind,
      duplicateOf: r.duplicateOfId,
      note: r.note,
      resolvedBy: r.resolvedById,
      resolvedAt: iso(r.resolvedAt),
      reopenedBy: r.reopenedById,
      reopenedAt: isoOrNull(r.reopenedAt),
      importBatch: r.importBatchId,
    });
  const votes = paged(
    (a?: string) => db.claimVote.findMany({ where: { ...where, ...after(a) }, ...page }),
    byId,
  );
  for await (const v of votes)
    await emit({
      t: "vote",
      id: v.id,
      debate: debateId,
      claim: v.claimId,
      person: await voter(v.userId),
      agreement: v.agreement,
      impact: v.impact,
      createdAt: iso(v.createdAt),
      updatedAt: iso(v.updatedAt),
    });
  await exportDecisionRows(db, debateId, emit, voter);
}

async function exportDecisionRows(db: Db, debateId: string, emit: Emit, voter: Voter) {
  const proposals = paged(
    (a?: string) => db.proposal.findMany({ where: { debateId, ...after(a) }, ...page }),
    byId,
  );
  for await (const p of proposals)
    await emit({
      t: "proposal",
      id: p.id,
      debate: debateId,
      claim: p.claimId,
      title: p.title,
      method: p.method,
      options: asJson(p.options),
      scoreMax: p.scoreMax,
      dots: p.dots,
      quorum: p.quorum,
      guestsMayVote: p.guestsMayVote,
      closesAt: iso(p.closesAt),
      closedAt: isoOrNull(p.closedAt),
      result: p.result === null ? null : asJson(p.result),
      createdBy: p.createdById,
      createdAt: iso(p.createdAt),
      closingSoonNotifiedAt: isoOrNull(p.closingSoonNotifiedAt),
    });
  const ballots = paged(
    (a?: string) => db.ballot.findMany({ where: { proposal: { debateId }, ...after(a) }, ...page }),
    byId,
  );
  for await (const b of ballots)
    await emit({
      t: "ballot",
      id: b.id,
      debate: debateId,
      proposal: b.proposalId,
      person: await voter(b.userId),
      choice: asJson(b.choice),
      reason: b.reason,
      objection: b.objectionId,
      createdAt: iso(b.createdAt),
      updatedAt: iso(b.updatedAt),
    });
  const decisions = await db.decision.findMany({
    where: { debateId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      seriesId: true,
      version: true,
      outcome: true,
      rationale: true,
      proposalId: true,
      tally: true,
      ownerId: true,
      reviewBy: true,
      supersedesSeriesId: true,
      recordedById: true,
      recordedAt: true,
      reviewRemindedAt: true,
      proposalTitleAtDecision: true,
      proposalTextAtDecision: true,
      premises: { orderBy: { claim: { number: "asc" } } },
      objections: { orderBy: { number: "asc" } },
    },
  });
  for (const x of decisions) {
    await emit({
      t: "decision",
      id: x.id,
      debate: debateId,
      series: x.seriesId,
      version: x.version,
      outcome: x.outcome,
      rationale: x.rationale,
      proposal: x.proposalId,
      tally: x.tally === null ? null : asJson(x.tally),
      owner: x.ownerId,
      reviewBy: isoOrNull(x.reviewBy),
      supersedesSeries: x.supersedesSeriesId,
      recordedBy: x.recordedById,
      recordedAt: iso(x.recordedAt),
      proposalTitleAtDecision: x.proposalTitleAtDecision,
      proposalTextAtDecision: x.proposalTextAtDecision,
      reviewRemindedAt: isoOrNull(x.reviewRemindedAt),
    });
    for (const p of x.premises)
      await emit({
        t: "premise",
        debate: debateId,
        decision: x.id,
        claim: p.claimId,
        labelAtDecision: p.labelAtDecision,
        textAtDecision: p.textAtDecision,
      });
    for (const o of x.objections)
      await emit({
        t: "decisionObjection",
        debate: debateId,
        decision: x.id,
        claim: o.claimId,
        number: o.number,
        body: o.body,
        disposition: o.disposition,
        note: o.note,
      });
  }
}
