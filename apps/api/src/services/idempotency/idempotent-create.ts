// A create that happens once per (person, idempotency key): a double click or
// a retried request returns the first result instead of creating again. The
// key row is written first, in the caller's transaction, so a concurrent
// repeat waits on it and then reads the committed result.
import { createHash } from "node:crypto";
import { Prisma } from "@steelman/db";
import superjson from "superjson";
import type { Db, PrismaClient } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";

/** Who asked, with which key, for which kind of create, with what input. */
export type IdempotentRequest = {
  userId: string;
  key: string;
  scope: string;
  input: unknown;
};

/** The request to pass on, or null when the client sent no key. */
export function idempotentRequest(
  userId: string,
  scope: string,
  input: { idempotencyKey?: string | undefined },
): IdempotentRequest | null {
  const { idempotencyKey, ...rest } = input;
  return idempotencyKey ? { userId, key: idempotencyKey, scope, input: rest } : null;
}

/** The key row a request stands for: who, which key, for what, with which input's hash. */
export type IdempotencyKeyRow = { userId: string; key: string; scope: string; requestHash: string };

export function idempotencyKeyRow(request: IdempotentRequest): IdempotencyKeyRow {
  return {
    userId: request.userId,
    key: request.key,
    scope: request.scope,
    requestHash: hashInput(request.scope, request.input),
  };
}

/**
 * `INSERT` of the key row, storing `result`. It waits for a concurrent
 * transaction holding the same key, and inserts nothing once that one has
 * committed: whoever inserted the row is the one request that creates.
 */
export function insertKeyRow(key: IdempotencyKeyRow, result: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`INSERT INTO "IdempotencyKey" ("userId", "key", "scope", "requestHash", "result")
    VALUES (${key.userId}::uuid, ${key.key}::uuid, ${key.scope}, ${key.requestHash}, ${result})
    ON CONFLICT ("userId", "key") DO NOTHING`;
}

function hashInput(scope: string, input: unknown): string {
  return createHash("sha256")
    .update(`${scope}\n${superjson.stringify(input)}`)
    .digest("hex");
}

/** Runs `create` once for the request's key; without a request it just runs it. */
export async function createOnce<T>(
  tx: Prisma.TransactionClient,
  request: IdempotentRequest | null,
  create: () => Promise<T>,
): Promise<T> {
  if (!request) return create();
  const keyRow = idempotencyKeyRow(request);
  const inserted = await tx.$executeRaw`${insertKeyRow(keyRow, Prisma.sql`'null'::jsonb`)}`;
  if (inserted === 0) {
    const stored = await readStoredResult(tx, keyRow);
    return superjson.deserialize(stored as unknown as Parameters<typeof superjson.deserialize>[0]);
  }
  const result = await create();
  await tx.idempotencyKey.update({
    where: { userId_key: { userId: request.userId, key: request.key } },
    data: { result: superjson.serialize(result) as unknown as Prisma.InputJsonValue },
    select: { key: true },
  });
  return result;
}

/**
 * What the first request with this key stored, as stored; refused when the
 * key was used for something else or with other content.
 */
export async function readStoredResult(db: Db, row: IdempotencyKeyRow): Promise<Prisma.JsonValue> {
  const first = await db.idempotencyKey.findUnique({
    where: { userId_key: { userId: row.userId, key: row.key } },
    select: { scope: true, requestHash: true, result: true },
  });
  if (!first || first.scope !== row.scope || first.requestHash !== row.requestHash) {
    throw new DomainError(
      "CONFLICT",
      "This form was already sent with different content. Reload the page and send it again.",
    );
  }
  return first.result;
}

/** `prisma.$transaction(body)`, run once per the request's key. */
export function transactionOnce<T>(
  prisma: PrismaClient,
  once: IdempotentRequest | null,
  body: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return prisma.$transaction((tx) => createOnce(tx, once, () => body(tx)), options);
}
