// npm run db:migrate            apply pending migrations
// npm run db:migrate:create -- <name>   write a migration from a schema.prisma change
// npm run migrate:status -w @steelman/db   show the migration history's state
import { openDatabase } from "../database.ts";
import { applyMigrations, createMigration, readMigrationStatus } from "../migrations/migrate.ts";

const [command, name] = process.argv.slice(2);
const database = await openDatabase({ log: (line) => console.log(line) });
let exitCode = 0;
try {
  if (command === "deploy") {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } else if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error(
        "Give the migration a snake_case name: npm run db:migrate:create -- add_debates",
      );
    }
    await applyMigrations(database.url);
    const created = await createMigration(database.url, name);
    console.log(
      created ? `Created prisma/migrations/${created}/migration.sql` : "No schema changes.",
    );
    if (created) await applyMigrations(database.url);
  } else if (command === "status") {
    console.log(JSON.stringify(await readMigrationStatus(database.url), null, 2));
  } else {
    throw new Error(`Unknown command "${command}": use deploy, create <name> or status.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
// The WebAssembly engine keeps the event loop alive for a while: exit now.
process.exit(exitCode);
