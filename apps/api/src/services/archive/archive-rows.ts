// Archive record → database row of the new workspace, with new ids.
import { Prisma } from "@steelman/db";
import type { RecordOf } from "../../domain/archive/archive-format.ts";
import type { IdMaps } from "./archive-writer.ts";

const date = (text: string) => new Date(text);
const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));
const orNull = <T>(value: T | null, map: (v: T) => string) => (value === null ? null : map(value));

export const tableRow = {
  debate: (r: RecordOf<"debate">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    question: r.question,
    description: r.description,
    phase: r.phase,
    anonymous: r.anonymous,
    hideTallies: r.hideTallies,
    membersMayPropose: r.membersMayPropose,
    claimVotesOnlyInVoting: r.claimVotesOnlyInVoting,
    guestsSeeGroups: r.guestsSeeGroups ?? false,
    phaseStartedAt: date(r.phaseStartedAt),
    phaseEndsAt: dateOrNull(r.phaseEndsAt),
    claimCount: r.claimCount,
    createdById: m.person(r.createdBy),
    createdAt: date(r.createdAt),
    archivedAt: dateOrNull(r.archivedAt),
  }),
  importBatch: (r: RecordOf<"importBatch">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    importedById: m.person(r.importedBy),
    fileName: r.fileName,
    importedAt: date(r.importedAt),
  }),
  claim: (r: RecordOf<"claim">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    number: r.number,
    kind: r.kind,
    targetId: orNull(r.target, m.row),
    authorId: m.person(r.author),
    body: r.body,
    moderation: r.moderation,
    // Set after every claim is in (see ArchiveWriter.finish).
    mergedIntoId: null,
    lockedAt: dateOrNull(r.lockedAt),
    parkedAt: dateOrNull(r.parkedAt),
    parkReason: r.parkReason,
    parkedById: orNull(r.parkedBy, m.person),
    importBatchId: orNull(r.importBatch, m.row),
    createdAt: date(r.createdAt),
    updatedAt: date(r.updatedAt),
  }),
  link: (r: RecordOf<"link">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    fromId: m.row(r.from),
    toId: m.row(r.to),
    createdById: m.person(r.createdBy),
    createdAt: date(r.createdAt),
  }),
  revision: (r: RecordOf<"revision">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    claimId: m.row(r.claim),
    revision: r.revision,
    body: r.body,
    editorId: m.person(r.editor),
    importBatchId: orNull(r.importBatch, m.row),
    createdAt: date(r.createdAt),
  }),
  resolution: (r: RecordOf<"resolution">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    claimId: m.row(r.claim),
    kind: r.kind,
    duplicateOfId: orNull(r.duplicateOf, m.row),
    note: r.note,
    resolvedById: m.person(r.resolvedBy),
    resolvedAt: date(r.resolvedAt),
    reopenedById: orNull(r.reopenedBy, m.person),
    reopenedAt: dateOrNull(r.reopenedAt),
    importBatchId: orNull(r.importBatch, m.row),
  }),
  vote: (r: RecordOf<"vote">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    claimId: m.row(r.claim),
    userId: m.person(r.person),
    agreement: r.agreement,
    impact: r.impact,
    createdAt: date(r.createdAt),
    updatedAt: date(r.updatedAt),
  }),
  proposal: (r: RecordOf<"proposal">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    claimId: m.row(r.claim),
    title: r.title,
    method: r.method,
    options: m.json(r.options),
    scoreMax: r.scoreMax,
    dots: r.dots,
    quorum: r.quorum,
    guestsMayVote: r.guestsMayVote,
    closesAt: date(r.closesAt),
    closedAt: dateOrNull(r.closedAt),
    ...(r.result === null ? {} : { result: m.json(r.result) }),
    createdById: m.person(r.createdBy),
    createdAt: date(r.createdAt),
    closingSoonNotifiedAt: dateOrNull(r.closingSoonNotifiedAt ?? null),
  }),
  ballot: (r: RecordOf<"ballot">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    proposalId: m.row(r.proposal),
    userId: m.person(r.person),
    choice: m.json(r.choice),
    reason: r.reason,
    objectionId: orNull(r.objection, m.row),
    createdAt: date(r.createdAt),
    updatedAt: date(r.updatedAt),
  }),
  decision: (r: RecordOf<"decision">, m: IdMaps) => ({
    id: m.row(r.id),
    workspaceId: m.workspaceId,
    debateId: m.row(r.debate),
    seriesId: m.row(r.series),
    version: r.version,
    outcome: r.outcome,
    rationale: r.rationale,
    proposalId: orNull(r.proposal, m.row),
    ...(r.tally === null ? {} : { tally: m.json(r.tally) }),
    ownerId: m.person(r.owner),
    reviewBy: dateOrNull(r.reviewBy),
    supersedesSeriesId: orNull(r.supersedesSeries, m.row),
    recordedById: m.person(r.recordedBy),
    recordedAt: date(r.recordedAt),
    proposalTitleAtDecision: r.proposalTitleAtDecision,
    proposalTextAtDecision: r.proposalTextAtDecision,
    reviewRemindedAt: dateOrNull(r.reviewRemindedAt ?? null),
  }),
  premise: (r: RecordOf<"premise">, m: IdMaps) => ({
    decisionId: m.row(r.decision),
    claimId: m.row(r.claim),
    labelAtDecision: r.labelAtDecision,
    textAtDecision: r.textAtDecision,
  }),
  decisionObjection: (r: RecordOf<"decisionObjection">, m: IdMaps) => ({
    decisionId: m.row(r.decision),
    claimId: m.row(r.claim),
    number: r.number,
    body: r.body,
    disposition: r.disposition,
    note: r.note,
  }),
  event: (r: RecordOf<"event">, m: IdMaps) => ({
    workspaceId: m.workspaceId,
    debateId: orNull(r.debate, m.row),
    actorId: orNull(r.actor, m.person),
    type: r.type,
    // A subject outside the archive (an invitation, a join code) keeps its old id.
    subjectId: r.subject === null ? null : (m.json(r.subject) as string),
    data: m.json(r.data),
    createdAt: date(r.createdAt),
    // Version 1 archives have none: the import's own transaction is recorded.
    ...(r.txid === undefined ? {} : { txid: importedTxid(r.txid) }),
  }),
  history: (r: RecordOf<"history">, m: IdMaps) => ({
    debateId: m.row(r.debate),
    tableName: r.table,
    rowId: m.row(r.rowId),
    txid: importedTxid(r.txid),
    recordedAt: date(r.recordedAt),
    row:
      r.row === null
        ? Prisma.DbNull
        : typeof r.row === "object" && !Array.isArray(r.row) && "workspaceId" in r.row
          ? m.json({ ...r.row, workspaceId: m.workspaceId })
          : m.json(r.row),
  }),
};

/**
 * Another install's transaction numbers, made negative: they still pair each
 * event with the row versions it wrote (time travel matches them within one
 * debate), and can never equal a transaction of this install, all positive.
 * Injective over signs (a re-imported debate holds both): x > 0 → −2x,
 * x < 0 → 2x − 1.
 */
function importedTxid(txid: string | null): bigint | null {
  if (txid === null) return null;
  const x = BigInt(txid);
  return x > 0n ? -2n * x : 2n * x - 1n;
}
