import { createPrismaClient, Prisma } from "@steelman/db";
import { afterAll, describe, expect, inject, it } from "vitest";
import { MAX_PREPARED_STATEMENTS, sqlRows } from "./sql-rows.ts";

// One connection each, so that what a statement left prepared is on the connection we ask.
const preparing = createPrismaClient(inject("databaseUrl"), { poolSize: 1 });
const unprepared = createPrismaClient(inject("databaseUrl"), {
  poolSize: 1,
  preparedStatements: false,
});
afterAll(() => Promise.all([preparing.$disconnect(), unprepared.$disconnect()]));

const preparedOn = async (db: typeof preparing) =>
  (
    await sqlRows<{ statement: string }>(
      db,
      Prisma.sql`SELECT statement FROM pg_prepared_statements WHERE name LIKE ${"steelman_%"}`,
    )
  ).map((row) => row.statement);

const userByEmail = (email: string) =>
  Prisma.sql`SELECT ${email}::text AS "email", now() AT TIME ZONE 'UTC' AS "at"`;

describe("hot reads on the pool (sqlRows)", () => {
  it("prepares a statement once per connection and answers it alike every time", async () => {
    const first = await sqlRows<{ email: string; at: Date }>(preparing, userByEmail("a@x.test"));
    const second = await sqlRows<{ email: string; at: Date }>(preparing, userByEmail("b@x.test"));
    expect(first[0]?.email).toBe("a@x.test");
    expect(second[0]?.email).toBe("b@x.test");
    // timestamp columns still read as UTC on the prepared path.
    expect(Math.abs((second[0]?.at.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    const statements = await preparedOn(preparing);
    expect(statements.filter((text) => text.includes(`AS "email"`))).toHaveLength(1);
  });

  it("reads timestamps of every fraction's length as Prisma does", async () => {
    const instants = Prisma.sql`SELECT t::timestamp(3) AS "at" FROM unnest(ARRAY[
      '2026-12-06 13:17:23', '2026-12-06 13:17:23.1', '2026-12-06 13:17:23.12',
      '2026-12-06 13:17:23.123', '2024-02-29 23:59:59.999', '1970-01-01 00:00:00'
    ]::text[]) AS t`;
    const direct = await sqlRows<{ at: Date }>(preparing, instants);
    const viaPrisma = await preparing.$queryRaw<{ at: Date }[]>(instants);
    expect(direct.map((row) => row.at.toISOString())).toEqual(
      viaPrisma.map((row) => row.at.toISOString()),
    );
    expect(direct[3]?.at.toISOString()).toBe("2026-12-06T13:17:23.123Z");
  });

  it("prepares nothing when the operator turns it off (a pooler that cannot keep them)", async () => {
    const [row] = await sqlRows<{ email: string }>(unprepared, userByEmail("c@x.test"));
    expect(row?.email).toBe("c@x.test");
    expect(await preparedOn(unprepared)).toEqual([]);
  });

  it("stops naming statements past its limit, and those still run", async () => {
    const distinct = (n: number) =>
      Prisma.sql`SELECT ${Prisma.raw(String(n))}::int + ${1}::int AS "n"`;
    for (let n = 0; n < MAX_PREPARED_STATEMENTS + 20; n++) {
      const [row] = await sqlRows<{ n: number }>(preparing, distinct(n));
      expect(row?.n).toBe(n + 1);
    }
    expect((await preparedOn(preparing)).length).toBeLessThanOrEqual(MAX_PREPARED_STATEMENTS);
  });
});
