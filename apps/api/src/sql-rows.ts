// The hot reads' statements (every request's session lookup, the access
// check, the whole-debate read) straight on the client's node-postgres pool.
// Through Prisma's $queryRaw each statement cost ~0.3 ms more of the API's
// CPU (its request pipeline and row conversion): at 100 claims that was a
// third of debate.get. Rows come in $queryRaw's shapes, so both paths serve
// the same callers; inside a transaction (or on a client made otherwise)
// the statement goes through Prisma as before.
//
// Each statement is prepared once per connection and then only bound and
// run: unprepared, PostgreSQL parsed and planned every read's statements
// again, ~1.3 ms of its CPU per debate.get at 100 claims (more than running
// them).
import { Prisma, poolOf, preparesStatements } from "@steelman/db";
import pg from "pg";
import type { Db } from "./db.ts";
import { parseUtcTimestamp } from "./utc-timestamp.ts";

const TIMESTAMP_OID = 1114;

/** timestamp(3) columns hold UTC; node-postgres would read them as local time. */
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
  const name = preparesStatements(pool) ? statementName(query.text) : undefined;
  const result = await pool.query({
    text: query.text,
    values: query.values,
    types: utcTypes,
    ...(name ? { name } : {}),
  });
  return result.rows as T[];
}

/**
 * Each connection keeps every statement it prepared until it closes, so
 * only so many distinct texts get a name; the callers' texts are fixed in
 * shape (values are parameters), a few per call site. Past the limit a
 * statement runs unprepared, as before.
 */
export const MAX_PREPARED_STATEMENTS = 200;
const statementNames = new Map<string, string>();

/** The prepared statement's name for this text (undefined past the limit). */
export function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= MAX_PREPARED_STATEMENTS) return known;
  const name = `steelman_${statementNames.size}`;
  statementNames.set(text, name);
  return name;
}

/**
 * A uuid[] of `ids` as one text parameter: an array parameter would send the
 * statement through Prisma (only strings and numbers take the direct path).
 */
export const uuidArray = (ids: readonly string[]) =>
  Prisma.sql`string_to_array(${ids.join(",")}, ',')::uuid[]`;
