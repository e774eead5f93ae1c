// Writes checked archive records into a new workspace inside the import's
// transaction. Rows are buffered per table and written in batches, tables in
// the order their references need, so memory holds one batch at a time.
import type { Prisma } from "../../db.ts";
import type { ArchiveRecord, RecordOf } from "../../domain/archive/archive-format.ts";
import { remapJsonIds } from "../../domain/archive/archive-ids.ts";
import { tableRow } from "./archive-rows.ts";

const BATCH = 1000;
/** Tables in the order a flush writes them: each after those it refers to. */
export const TABLE_ORDER = [
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
] as const;
export type BufferedTable = (typeof TABLE_ORDER)[number];

export type IdMaps = {
  row: (oldId: string) => string;
  person: (ref: string) => string;
  json: (value: unknown) => Prisma.InputJsonValue;
  workspaceId: string;
};

export class ArchiveWriter {
  private readonly ids = new Map<string, string>();
  private readonly people = new Map<string, string>();
  private readonly buffers = new Map<BufferedTable, object[]>();
  private buffered = 0;
  private readonly merges: { id: string; into: string; updatedAt: Date }[] = [];
  private readonly memberIds = new Set<string>();
  readonly maps: IdMaps;

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly workspaceId: string,
    private readonly newId: () => string,
  ) {
    const row = (old: string) => {
      let id = this.ids.get(old);
      if (!id) {
        id = this.newId();
        this.ids.set(old, id);
      }
      return id;
    };
    const person = (ref: string) => {
      const id = this.people.get(ref);
      if (!id) throw new Error(`Archive person ${ref} was not declared.`);
      return id;
    };
    const known = (text: string) => this.ids.get(text) ?? this.people.get(text);
    const json = (value: unknown) => remapJsonIds(value, known) as Prisma.InputJsonValue;
    this.maps = { row, person, json, workspaceId };
  }

  async add(record: ArchiveRecord): Promise<void> {
    switch (record.t) {
      case "person":
        return this.addPerson(record);
      case "member":
        this.memberIds.add(this.maps.person(record.person));
        await this.tx.membership.create({
          data: {
            workspaceId: this.workspaceId,
            userId: this.maps.person(record.person),
            role: record.role,
            createdAt: new Date(record.createdAt),
          },
        });
        return;
      case "debate":
        // Earlier debates' rows first: nothing of this one refers back to them, but events do.
        await this.tx.debate.create({ data: tableRow.debate(record, this.maps) });
        return;
      case "end":
        return;
      default: {
        if (record.t === "claim" && record.mergedInto)
          this.merges.push({
            id: this.maps.row(record.id),
            into: record.mergedInto,
            updatedAt: new Date(record.updatedAt),
          });
        const table = this.buffers.get(record.t) ?? [];
        table.push(tableRow[record.t](record as never, this.maps));
        this.buffers.set(record.t, table);
        if (++this.buffered >= BATCH) await this.flush();
      }
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

  private async flush(): Promise<void> {
    const tx = this.tx;
    const writers: Record<BufferedTable, (data: never[]) => Promise<unknown>> = {
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
    };
    for (const table of TABLE_ORDER) {
      const rows = this.buffers.get(table);
      if (rows?.length) await writers[table](rows as never[]);
    }
    this.buffers.clear();
    this.buffered = 0;
  }

  /** Writes what is left, then the merges (a claim may be merged into a later one). */
  async finish(importedById: string | null): Promise<void> {
    await this.flush();
    for (const merge of this.merges)
      await this.tx.claim.update({
        where: { id: merge.id },
        // The archived updatedAt, not now: the claim did not change.
        data: { mergedIntoId: this.maps.row(merge.into), updatedAt: merge.updatedAt },
      });
    // Whoever imports from the web stays able to see what they imported.
    if (importedById && !this.memberIds.has(importedById))
      await this.tx.membership.create({
        data: { workspaceId: this.workspaceId, userId: importedById, role: "owner" },
      });
  }
}
