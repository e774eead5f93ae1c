// The hot reads' statements (every request's session lookup, the access
// check, the whole-debate read) straight on the client's node-postgres pool.
// Through Prisma's $queryRaw each statement cost ~0.3 ms more of the API's
// CPU (its request pipeline and row conversion): at 100 claims that was a
// third of debate.get. Rows come in $queryRaw's shapes, so both paths serve
// the same callers; inside a transaction (or on a client made otherwise)
// the statement goes through Prisma as before.
import { type Prisma, poolOf } from "@steelman/db";
import pg from "pg";
import type { Db } from "./db.ts";

const TIMESTAMP_OID = 1114;
/** timestamp(3) columns hold UTC; node-postgres would read them as local time. */
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const utcTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID && format !== "binary"
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/**
 * `query`'s rows, as `db.$queryRaw` gives them for the column types these
 * reads use (text, uuid, int4, bool, timestamp). A bigint column would come
 * as a string here and a BigInt there: cast it to text in the SQL. Only
 * string and number parameters take the direct path (node-postgres would
 * send a Date in local time).
 */
export async function sqlRows<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const pool = poolOf(db);
  const plainValues = query.values.every((v) => typeof v === "string" || typeof v === "number");
  if (!pool || pool.ending || !plainValues) return db.$queryRaw<T[]>(query);
  const result = await pool.query({ text: query.text, values: query.values, types: utcTypes });
  return result.rows as T[];
}
