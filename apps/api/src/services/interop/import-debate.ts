// Imports a JSON debate export into a workspace, in one transaction.
// People are matched by email to members of the target workspace; anyone
// else's words are attributed to the person importing (the file keeps no
// passwords or accounts, so it cannot create them). Every claim, revision and
// resolution written points to one ImportBatch row (who imported it, when,
// from which file), so none of them passes for a person's own post.
import type { Prisma, PrismaClient } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { argdownToDebateDocument } from "../../domain/interop/argdown-parse.ts";
import { checkDebateDocument } from "../../domain/interop/check-debate-document.ts";
import {
  type DebateDocument,
  type DocumentPerson,
  debateDocumentSchema,
} from "../../domain/interop/debate-document.ts";
import { recordEvent } from "../events/record-event.ts";

export async function importDebateJson(
  prisma: PrismaClient,
  target: { workspaceId: string; userId: string },
  raw: unknown,
  fileName: string,
): Promise<{ debateId: string; claimCount: number }> {
  const parsed = debateDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
    throw new DomainError(
      "BAD_REQUEST",
      `This debate file cannot be imported: ${issue?.message ?? "invalid"}${where}.`,
    );
  }
  const document = parsed.data;
  checkDebateDocument(document);
  return prisma.$transaction((tx) => writeDebate(tx, target, document, fileName), {
    timeout: 120_000,
  });
}

/** An Argdown file becomes a debate through the same checks and writes as a JSON export. */
export function importDebateArgdown(
  prisma: PrismaClient,
  target: { workspaceId: string; userId: string },
  source: string,
  fileName: string,
): Promise<{ debateId: string; claimCount: number }> {
  return importDebateJson(prisma, target, argdownToDebateDocument(source), fileName);
}

async function writeDebate(
  tx: Prisma.TransactionClient,
  target: { workspaceId: string; userId: string },
  document: DebateDocument,
  fileName: string,
) {
  const { workspaceId } = target;
  const members = await tx.membership.findMany({
    where: { workspaceId },
    select: { user: { select: { id: true, email: true } } },
  });
  const userByEmail = new Map(members.map((m) => [m.user.email, m.user.id]));
  const userFor = (person: DocumentPerson) =>
    (person?.email && userByEmail.get(person.email)) || target.userId;

  // Claims keep their numbers; new ids are made up front so targets can be set in one insert.
  const idOf = new Map(document.claims.map((c) => [c.ref, crypto.randomUUID()]));
  const id = (ref: string | null) => (ref === null ? null : idOf.get(ref)!);
  const numberOf = (ref: string) => Number(ref.slice(1));
  const debate = await tx.debate.create({
    data: {
      workspaceId,
      ...document.debate,
      claimCount: Math.max(0, ...document.claims.map((c) => numberOf(c.ref))),
      createdById: target.userId,
    },
    select: { id: true },
  });
  const debateId = debate.id;
  const batch = await tx.importBatch.create({
    data: { workspaceId, debateId, importedById: target.userId, fileName },
    select: { id: true },
  });
  const scope = { workspaceId, debateId };
  const imported = { importBatchId: batch.id };
  // Targets may point forward (after a merge moved replies), so insert
  // without them, then set them all in one statement.
  await tx.claim.createMany({
    data: document.claims.map((c) => ({
      ...scope,
      id: id(c.ref)!,
      number: numberOf(c.ref),
      kind: c.kind,
      body: c.body,
      moderation: c.moderation,
      authorId: userFor(c.author),
      createdAt: c.createdAt,
      ...imported,
    })),
  });
  const withTargets = document.claims.filter((c) => c.target !== null || c.mergedInto !== null);
  if (withTargets.length > 0) {
    await tx.$executeRaw`
      UPDATE "Claim" AS c SET "targetId" = v.target, "mergedIntoId" = v.merged
      FROM unnest(${withTargets.map((c) => id(c.ref))}::uuid[], ${withTargets.map((c) => id(c.target))}::uuid[],
                  ${withTargets.map((c) => id(c.mergedInto))}::uuid[]) AS v(id, target, merged)
      WHERE c."id" = v.id`;
  }
  await tx.claimRevision.createMany({
    data: document.claims.flatMap((c) => {
      // A claim always has its text as a revision, even from a file without history.
      const revisions =
        c.revisions.length > 0
          ? c.revisions
          : [{ revision: 1, body: c.body, editor: c.author, createdAt: c.createdAt }];
      return revisions.map((r) => ({
        ...scope,
        claimId: id(c.ref)!,
        revision: r.revision,
        body: r.body,
        editorId: userFor(r.editor),
        createdAt: r.createdAt,
        ...imported,
      }));
    }),
  });
  await tx.claimLink.createMany({
    data: document.links.map((l) => ({
      ...scope,
      fromId: id(l.from)!,
      toId: id(l.to)!,
      createdById: target.userId,
      createdAt: l.createdAt,
    })),
  });
  await tx.resolution.createMany({
    data: document.resolutions.map((r) => ({
      ...scope,
      claimId: id(r.claim)!,
      kind: r.kind,
      note: r.note,
      duplicateOfId: id(r.duplicateOf),
      resolvedById: userFor(r.resolvedBy),
      resolvedAt: r.resolvedAt,
      reopenedAt: r.reopenedAt,
      reopenedById: r.reopenedAt ? userFor(r.reopenedBy) : null,
      ...imported,
    })),
  });
  await recordEvent(tx, {
    workspaceId,
    debateId,
    actorId: target.userId,
    type: "debate.imported",
    subjectId: debateId,
    data: { question: document.debate.question, claimCount: document.claims.length, fileName },
  });
  return { debateId, claimCount: document.claims.length };
}
