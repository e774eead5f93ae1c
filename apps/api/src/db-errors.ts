// Recognises the PostgreSQL failures we turn into human messages. Prisma
// reports them as P2002 / P2034, or — when the failure surfaces at COMMIT
// through the driver adapter — as a DriverAdapterError carrying the
// original SQLSTATE.
type MaybeDbError = {
  code?: unknown;
  message?: unknown;
  cause?: { originalCode?: unknown; kind?: unknown };
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
};

/** The SQLSTATE on the error itself or, for Prisma's P2039 / P2010, on the adapter error in its meta. */
function sqlState(error: unknown): unknown {
  const e = error as MaybeDbError | undefined;
  return e?.cause?.originalCode ?? e?.meta?.driverAdapterError?.cause?.originalCode;
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

/** Prisma's codes for "cannot reach / lost / timed out waiting for" the server. */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** SQLSTATE classes 08 (connection exception), 57P0x (shutting down), 57014 (statement timeout). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|57014)$/;
/** What node-postgres itself throws when a connection or a query times out or drops. */
const DRIVER_MESSAGES =
  /Connection terminated|terminating connection due to administrator command|not queryable|connection timeout|^timeout expired$|timeout exceeded when trying to connect|Query read timeout|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT/;

/**
 * The database is down, unreachable or too slow to answer: the request can
 * succeed later, so it is a 503, not a bug (500).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as MaybeDbError | undefined, depth = 0; e && depth < 5; depth += 1) {
    if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
    const kind = e.cause?.kind ?? e.meta?.driverAdapterError?.cause?.kind;
    if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
    // The SQLSTATE as the adapter carries it, or as node-postgres itself does.
    for (const state of [sqlState(e), e.code]) {
      if (typeof state === "string" && UNAVAILABLE_SQLSTATE.test(state)) return true;
    }
    if (typeof e.message === "string" && DRIVER_MESSAGES.test(e.message)) return true;
    e = e.cause as MaybeDbError | undefined;
  }
  return false;
}
