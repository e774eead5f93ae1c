// The workspace archive: newline-delimited JSON, one record a line, so it is
// written and read as a stream. The first line is the header, the last the
// `end` line (a file without it was not completely written). Ids are the
// exporting install's; an import gives every row a new one. Persons are
// declared (by `person`) before any line refers to them.
import { z } from "zod";
import { EMAIL_MODES, NOTIFICATION_LEVELS } from "../notifications/settings.ts";

// Version 2 added each debate's row history (time travel), events'
// transaction numbers, notification settings, reminder stamps and
// guestsSeeGroups; version 1 archives are read as before (their debates'
// past starts at the import).
export const ARCHIVE_FORMAT_VERSION = 2;
export const ARCHIVE_KIND = "steelman-workspace-archive";

const id = z.string().uuid();
const time = z.iso.datetime();
const json = z.json();
const role = z.enum(["owner", "facilitator", "member", "observer"]);
/** A transaction number; negative when an earlier import brought it (see archive-rows.ts). */
const transaction = z.string().regex(/^-?\d{1,19}$/);
/** The tables whose row history an archive carries (see the debate_row_history migration). */
export const HISTORY_TABLES = [
  "Debate",
  "Claim",
  "ClaimRevision",
  "ClaimLink",
  "Resolution",
  "ClaimVote",
] as const;

export const headerRecord = z.object({
  t: z.literal("archive"),
  kind: z.literal(ARCHIVE_KIND),
  formatVersion: z.number().int().positive(),
  exportedAt: time,
  workspace: z.object({ slug: z.string(), name: z.string().min(1), createdAt: time }),
});

const records = [
  z.object({
    t: z.literal("person"),
    ref: z.string().min(1),
    /** null: a stand-in for a voter in an anonymous debate, never linked to a real person. */
    email: z.string().min(3).nullable(),
    displayName: z.string(),
    isGuest: z.boolean(),
  }),
  z.object({ t: z.literal("member"), person: z.string(), role, createdAt: time }),
  z.object({
    t: z.literal("debate"),
    id,
    question: z.string(),
    description: z.string(),
    phase: z.enum(["draft", "open", "rebuttal", "voting", "decided", "archived"]),
    anonymous: z.boolean(),
    hideTallies: z.boolean(),
    membersMayPropose: z.boolean(),
    claimVotesOnlyInVoting: z.boolean(),
    guestsSeeGroups: z.boolean().optional(),
    phaseStartedAt: time,
    phaseEndsAt: time.nullable(),
    claimCount: z.number().int().nonnegative(),
    createdBy: z.string(),
    createdAt: time,
    archivedAt: time.nullable(),
  }),
  z.object({
    t: z.literal("importBatch"),
    id,
    debate: id,
    importedBy: z.string(),
    fileName: z.string(),
    importedAt: time,
  }),
  z.object({
    t: z.literal("claim"),
    id,
    debate: id,
    number: z.number().int().positive(),
    kind: z.enum(["position", "support", "objection", "proposal"]),
    target: id.nullable(),
    author: z.string(),
    body: z.string(),
    moderation: z.enum(["visible", "hidden", "merged", "withdrawn"]),
    mergedInto: id.nullable(),
    lockedAt: time.nullable(),
    parkedAt: time.nullable(),
    parkReason: z.string().nullable(),
    parkedBy: z.string().nullable(),
    importBatch: id.nullable(),
    createdAt: time,
    updatedAt: time,
  }),
  z.object({
    t: z.literal("link"),
    id,
    debate: id,
    from: id,
    to: id,
    createdBy: z.string(),
    createdAt: time,
  }),
  z.object({
    t: z.literal("revision"),
    id,
    debate: id,
    claim: id,
    revision: z.number().int().positive(),
    body: z.string(),
    editor: z.string(),
    importBatch: id.nullable(),
    createdAt: time,
  }),
  z.object({
    t: z.literal("resolution"),
    id,
    debate: id,
    claim: id,
    kind: z.enum(["conceded", "out_of_scope", "duplicate"]),
    duplicateOf: id.nullable(),
    note: z.string(),
    resolvedBy: z.string(),
    resolvedAt: time,
    reopenedBy: z.string().nullable(),
    reopenedAt: time.nullable(),
    importBatch: id.nullable(),
  }),
  z.object({
    t: z.literal("vote"),
    id,
    debate: id,
    claim: id,
    person: z.string(),
    agreement: z.enum(["agree", "unsure", "disagree"]),
    impact: z.number().int().min(0).max(4).nullable(),
    createdAt: time,
    updatedAt: time,
  }),
  z.object({
    t: z.literal("proposal"),
    id,
    debate: id,
    claim: id,
    title: z.string(),
    method: z.enum(["consent", "single_choice", "ranked_choice", "score", "dot"]),
    options: json,
    scoreMax: z.number().int(),
    dots: z.number().int(),
    quorum: z.number().min(0).max(1).nullable(),
    guestsMayVote: z.boolean(),
    closesAt: time,
    closedAt: time.nullable(),
    result: json.nullable(),
    createdBy: z.string(),
    createdAt: time,
    closingSoonNotifiedAt: time.nullable().optional(),
  }),
  z.object({
    t: z.literal("ballot"),
    id,
    debate: id,
    proposal: id,
    person: z.string(),
    choice: json,
    reason: z.string().nullable(),
    objection: id.nullable(),
    createdAt: time,
    updatedAt: time,
  }),
  z.object({
    t: z.literal("decision"),
    id,
    debate: id,
    series: id,
    version: z.number().int().positive(),
    outcome: z.string(),
    rationale: z.string(),
    proposal: id.nullable(),
    tally: json.nullable(),
    owner: z.string(),
    reviewBy: time.nullable(),
    supersedesSeries: id.nullable(),
    recordedBy: z.string(),
    recordedAt: time,
    proposalTitleAtDecision: z.string().nullable(),
    proposalTextAtDecision: z.string().nullable(),
    reviewRemindedAt: time.nullable().optional(),
  }),
  z.object({
    t: z.literal("premise"),
    debate: id,
    decision: id,
    claim: id,
    labelAtDecision: z.string(),
    textAtDecision: z.string(),
  }),
  z.object({
    t: z.literal("decisionObjection"),
    debate: id,
    decision: id,
    claim: id,
    number: z.number().int(),
    body: z.string(),
    disposition: z.enum(["accepted_risk", "will_monitor", "out_of_scope"]),
    note: z.string(),
  }),
  z.object({
    t: z.literal("event"),
    debate: id.nullable(),
    actor: z.string().nullable(),
    type: z.string().min(1),
    subject: id.nullable(),
    data: json,
    createdAt: time,
    /** The writing transaction, matching `history` lines' (time travel). */
    txid: transaction.nullable().optional(),
  }),
  z.object({
    /** One version of one of a debate's rows as time travel reads it (null: deleted). */
    t: z.literal("history"),
    debate: id,
    table: z.enum(HISTORY_TABLES),
    rowId: id,
    txid: transaction.nullable(),
    recordedAt: time,
    row: json.nullable(),
  }),
  z.object({
    t: z.literal("notificationSetting"),
    person: z.string(),
    level: z.enum(NOTIFICATION_LEVELS),
    emailMode: z.enum(EMAIL_MODES),
    lastDigestAt: time.nullable(),
  }),
  z.object({ t: z.literal("end"), lines: z.number().int().nonnegative() }),
] as const;

export const bodyRecord = z.discriminatedUnion("t", records);
/** Any line of an archive: what the JSON Schema in docs/archive.schema.json describes. */
export const archiveLine = z.discriminatedUnion("t", [headerRecord, ...records]);

export type ArchiveJson = z.infer<typeof json>;
export type ArchiveHeader = z.infer<typeof headerRecord>;
export type ArchiveRecord = z.infer<typeof bodyRecord>;
export type RecordOf<T extends ArchiveRecord["t"]> = Extract<ArchiveRecord, { t: T }>;

/** The JSON Schema of one archive line, committed as docs/archive.schema.json. */
export function archiveJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(archiveLine, { target: "draft-2020-12" }),
    $id: `https://steelman.invalid/archive/v${ARCHIVE_FORMAT_VERSION}.schema.json`,
    title: "Steelman workspace archive: one line",
    description:
      "An archive is newline-delimited JSON: the first line is the header (t: archive), the last is t: end; every line matches this schema.",
  };
}
