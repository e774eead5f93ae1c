// Writes checked archive records into a new workspace inside the import's
// transaction. Records are buffered and written in batches, each table in
// the order its references need; old ids map to new ones through a temporary
// table (archive-id-map.ts), so memory holds one batch whatever the size.
import type { Prisma } from "../../db.ts";
import type { ArchiveRecord, RecordOf } from "../../domain/archive/archive-format.ts";
import { remapJsonIds } from "../../domain/archive/archive-ids.ts";
import { ArchiveIdMap, collectUuidStrings } from "./archive-id-map.ts";
import { tableRow } from "./archive-rows.ts";

const BATCH = 1000;
/** Tables in the order a flush writes them: each after those it refers to. */
export const TABLE_ORDER = [
  "debate",
  "importBatch",
  "claim",
  "link",
  "revision",
  "resolution",
  "vote",
  "proposal",
  "ballot",
  "decision",
  "premise",
  "decisionObjection",
  "event",
  "history",
] as const;
export type BufferedTable = (typeof TABLE_ORDER)[number];
type BufferedRecord = RecordOf<BufferedTable>;

export type IdMaps = {
  row: (oldId: string) => string;
  person: (ref: string) => string;
  json: (value: unknown) => Prisma.InputJsonValue;
  workspaceId: string;
};

export class ArchiveWriter {
  private readonly people = new Map<string, string>();
  private pending: BufferedRecord[] = [];
  private readonly merges: { id: string; into: string; updatedAt: Date }[] = [];
  private readonly memberIds = new Set<string>();
  /** Debates whose archived row history replaces the one this import's writes leave. */
  private readonly debatesWithHistory = new Set<string>();

  private constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly workspaceId: string,
    private readonly newId: () => string,
    private readonly ids: ArchiveIdMap,
  ) {}

  static async open(tx: Prisma.TransactionClient, workspaceId: string, newId: () => string) {
    return new ArchiveWriter(tx, workspaceId, newId, await ArchiveIdMap.create(tx, newId));
  }

  private readonly person = (ref: string) => {
    const id = this.people.get(ref);
    if (!id) throw new Error(`Archive person ${ref} was not declared.`);
    return id;
  };

  async add(record: ArchiveRecord): Promise<void> {
    switch (record.t) {
      case "person":
        return this.addPerson(record);
      case "member":
        this.memberIds.add(this.person(record.person));
        await this.tx.membership.create({
          data: {
            workspaceId: this.workspaceId,
            userId: this.person(record.person),
            role: record.role,
            createdAt: new Date(record.createdAt),
          },
        });
        return;
      case "notificationSetting":
        await this.tx.notificationSetting.create({
          data: {
            userId: this.person(record.person),
            workspaceId: this.workspaceId,
            level: record.level,
            emailMode: record.emailMode,
            lastDigestAt: record.lastDigestAt === null ? null : new Date(record.lastDigestAt),
          },
        });
        return;
      case "end":
        return;
      default:
        if (record.t === "history") this.debatesWithHistory.add(record.debate);
        if (record.t === "claim" && record.mergedInto)
          this.merges.push({
            id: record.id,
            into: record.mergedInto,
            updatedAt: new Date(record.updatedAt),
          });
        this.pending.push(record);
        if (this.pending.length >= BATCH) await this.flush();
    }
  }

  private async addPerson(record: RecordOf<"person">): Promise<void> {
    const existing = record.email
      ? await this.tx.user.findUnique({
          where: { email: record.email.trim().toLowerCase() },
          select: { id: true },
        })
      : null;
    const id =
      existing?.id ??
      (
        await this.tx.user.create({
          data: {
            id: this.newId(),
            // A stand-in voter of an anonymous debate gets an address nobody can own.
            email:
              record.email?.trim().toLowerCase() ??
              `anonymous-voter-${this.newId()}@archive.invalid`,
            displayName: record.displayName,
            isGuest: record.isGuest,
            // No password: signing in is impossible until its owner sets one.
            passwordHash: "",
          },
          select: { id: true },
        })
      ).id;
    this.people.set(record.ref, id);
  }

  /** The batch's rows with new ids: first which old ids it uses (in archive order), then the rows. */
  private async mapBatch(records: BufferedRecord[]): Promise<Map<BufferedTable, object[]>> {
    const rowIds = new Set<string>();
    const mentions = new Set<string>();
    const noting: IdMaps = {
      row: (old) => {
        rowIds.add(old);
        return old;
      },
      person: this.person,
      json: (value) => {
        collectUuidStrings(value, mentions);
        return value as Prisma.InputJsonValue;
      },
      workspaceId: this.workspaceId,
    };
    for (const record of records) tableRow[record.t](record as never, noting);
    const ids = await this.ids.resolve(rowIds, mentions);
    const maps: IdMaps = {
      row: (old) => ids.get(old) ?? old,
      person: this.person,
      json: (value) =>
        remapJsonIds(
          value,
          (text) => ids.get(text) ?? this.people.get(text),
        ) as Prisma.InputJsonValue,
      workspaceId: this.workspaceId,
    };
    const tables = new Map<BufferedTable, object[]>();
    for (const record of records) {
      const rows = tables.get(record.t) ?? [];
      rows.push(tableRow[record.t](record as never, maps));
      tables.set(record.t, rows);
    }
    return tables;
  }

  private async flush(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0) return;
    const tables = await this.mapBatch(records);
    const tx = this.tx;
    const writers: Record<BufferedTable, (data: never[]) => Promise<unknown>> = {
      debate: (data) => tx.debate.createMany({ data }),
      importBatch: (data) => tx.importBatch.createMany({ data }),
      claim: (data) => tx.claim.createMany({ data }),
      link: (data) => tx.claimLink.createMany({ data }),
      revision: (data) => tx.claimRevision.createMany({ data }),
      resolution: (data) => tx.resolution.createMany({ data }),
      vote: (data) => tx.claimVote.createMany({ data }),
      proposal: (data) => tx.proposal.createMany({ data }),
      ballot: (data) => tx.ballot.createMany({ data }),
      decision: (data) => tx.decision.createMany({ data }),
      premise: (data) => tx.decisionPremise.createMany({ data }),
      decisionObjection: (data) => tx.decisionObjection.createMany({ data }),
      event: (data) => tx.event.createMany({ data }),
      history: (data) => tx.debateRowHistory.createMany({ data }),
    };
    for (const table of TABLE_ORDER) {
      const rows = tables.get(table);
      if (rows?.length) await writers[table](rows as never[]);
    }
  }

  /**
   * The import's own writes were recorded as row history too (triggers), all
   * in this transaction; where the archive brought the debate's real past,
   * that record of the import goes, or every row would seem to appear at once.
   */
  private async dropImportHistory(): Promise<void> {
    if (this.debatesWithHistory.size === 0) return;
    const ids = await this.ids.resolve([], this.debatesWithHistory);
    const debateIds = [...this.debatesWithHistory].map((old) => ids.get(old) ?? old);
    await this.tx.$executeRaw`
      DELETE FROM "DebateRowHistory"
      WHERE "debateId" = ANY(${debateIds}::uuid[])
        AND txid = (pg_current_xact_id()::text)::bigint`;
  }

  /** Writes what is left, then the merges (a claim may be merged into a later one). */
  async finish(importedById: string | null): Promise<void> {
    await this.flush();
    for (let start = 0; start < this.merges.length; start += BATCH) {
      const batch = this.merges.slice(start, start + BATCH);
      const ids = await this.ids.resolve(
        [],
        batch.flatMap((m) => [m.id, m.into]),
      );
      for (const merge of batch)
        await this.tx.claim.update({
          where: { id: ids.get(merge.id) ?? merge.id },
          // The archived updatedAt, not now: the claim did not change.
          data: { mergedIntoId: ids.get(merge.into) ?? merge.into, updatedAt: merge.updatedAt },
        });
    }
    await this.dropImportHistory();
    // Whoever imports from the web stays able to see what they imported.
    if (importedById && !this.memberIds.has(importedById))
      await this.tx.membership.create({
        data: { workspaceId: this.workspaceId, userId: importedById, role: "owner" },
      });
  }
}
