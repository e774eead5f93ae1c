// A driver adapter for Prisma's WebAssembly schema engine, built on
// @prisma/adapter-pg with two fixes the engine needs (see STACK-NOTES):
// - adapter-pg 7.10 cannot deserialize PostgreSQL's internal `"char"` type
//   (OID 18) that the engine's catalog queries return; we decode it as text
//   and report it as a character column.
// - adapter-pg drops a shadow database before closing its pool; we close the
//   pool first, then drop the database with FORCE.
// - adapter-pg splits a migration script at every ";", cutting trigger
//   functions apart; we split only where statements end (sql-script.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { splitSqlStatements } from "./sql-script.ts";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6;

type PgField = { name: string; dataTypeID: number };
type PgResult = { fields: PgField[]; rows: unknown[][] };
type PatchableQueryable = {
  performIO(query: SqlQuery): Promise<PgResult>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
  startTransaction?: (...args: unknown[]) => Promise<unknown>;
};

/** Teaches one adapter-pg queryable (connection or transaction) the `"char"` type. */
function patchCharColumns<T>(queryable: T): T {
  const target = queryable as unknown as PatchableQueryable;
  const charColumnsByRows = new WeakMap<unknown[][], number[]>();
  const performIO = target.performIO.bind(target);
  const queryRaw = target.queryRaw.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      }
    });
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };
  target.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows as unknown[][]) ?? []) {
      (resultSet.columnTypes as number[])[index] = COLUMN_TYPE_CHARACTER;
    }
    return resultSet;
  };
  if (target.startTransaction) {
    const startTransaction = target.startTransaction.bind(target);
    target.startTransaction = async (...args) => patchCharColumns(await startTransaction(...args));
  }
  return queryable;
}

function splitScriptsByStatement<A extends SqlDriverAdapter>(adapter: A): A {
  adapter.executeScript = async (script) => {
    for (const sql of splitSqlStatements(script)) {
      await adapter.executeRaw({ sql, args: [], argTypes: [] });
    }
  };
  return adapter;
}

export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@steelman/migration-adapter";

  constructor(private readonly connectionString: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return splitScriptsByStatement(
      patchCharColumns(await new PrismaPg({ connectionString: this.connectionString }).connect()),
    );
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowName = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
    await runAdminStatement(this.connectionString, `CREATE DATABASE "${shadowName}"`);
    const shadowUrl = new URL(this.connectionString);
    shadowUrl.pathname = `/${shadowName}`;
    const adapter = splitScriptsByStatement(
      patchCharColumns(await new PrismaPg({ connectionString: shadowUrl.toString() }).connect()),
    );
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adapter
        .underlyingDriver()
        .end()
        .catch(() => undefined);
      await runAdminStatement(
        this.connectionString,
        `DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`,
      );
    };
    return adapter;
  }
}

async function runAdminStatement(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
