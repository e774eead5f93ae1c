// Recognises the PostgreSQL failures we turn into human messages. Prisma
// reports them as P2002 / P2034, or — when the failure surfaces at COMMIT
// through the driver adapter — as a DriverAdapterError carrying the
// original SQLSTATE.
type MaybeDbError = { code?: unknown; cause?: { originalCode?: unknown; kind?: unknown } };

function sqlState(error: unknown): unknown {
  return (error as MaybeDbError | undefined)?.cause?.originalCode;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as MaybeDbError | undefined)?.code === "P2002" || sqlState(error) === "23505";
}

export function isSerializationFailure(error: unknown): boolean {
  const e = error as MaybeDbError | undefined;
  return (
    e?.code === "P2034" ||
    sqlState(error) === "40001" ||
    e?.cause?.kind === "TransactionWriteConflict"
  );
}
