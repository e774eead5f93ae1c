// Runs the demo's story through the real services, then moves what each
// step wrote back to a moment of the past days, so the activity feed and
// the decision log read as a week of work rather than one second of seeding.
import type { PrismaClient } from "../db.ts";
import { type DebateAccess, requireDebateAccess } from "../services/debates/debate-access.ts";

export type DemoCast = ReadonlyMap<string, string>;

export class DemoClock {
  constructor(
    readonly prisma: PrismaClient,
    readonly workspaceId: string,
    private readonly userIdByEmail: DemoCast,
  ) {}

  userId(email: string): string {
    const id = this.userIdByEmail.get(email);
    if (!id) throw new Error(`seed: no demo user ${email}`);
    return id;
  }

  /** The person's access to the debate as the services check it, read fresh (phases change). */
  as(email: string, debateId: string): Promise<DebateAccess> {
    return requireDebateAccess(this.prisma, this.userId(email), debateId, "observer", "seed");
  }

  /** Runs one step, then dates everything it wrote at `at`. */
  async at<T>(at: Date, step: () => Promise<T>): Promise<T> {
    // Rows written from here on are newer than `mark`; earlier steps are days older.
    const mark = new Date(Date.now() - 1_000);
    const result = await step();
    await this.backdate(mark, at);
    return result;
  }

  private async backdate(mark: Date, at: Date) {
    const ws = this.workspaceId;
    await this.prisma.$transaction([
      this.prisma
        .$executeRaw`UPDATE "Event" SET "createdAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "createdAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Claim" SET "createdAt" = ${at}, "updatedAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "createdAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "ClaimRevision" SET "createdAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "createdAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "ClaimVote" SET "createdAt" = ${at}, "updatedAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "updatedAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Ballot" SET "createdAt" = ${at}, "updatedAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "updatedAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Proposal" SET "createdAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "createdAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Proposal" SET "closedAt" = ${at}, "closesAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "closedAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Decision" SET "recordedAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "recordedAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Debate" SET "createdAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "createdAt" >= ${mark}`,
      this.prisma
        .$executeRaw`UPDATE "Debate" SET "phaseStartedAt" = ${at} WHERE "workspaceId" = ${ws}::uuid AND "phaseStartedAt" >= ${mark}`,
    ]);
  }
}

/** A moment `days` days and `hours` hours before now. */
export function daysAgo(days: number, hours = 0): Date {
  return new Date(Date.now() - (days * 24 + hours) * 3_600_000);
}
