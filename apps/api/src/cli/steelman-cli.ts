// npm run cli -- <command>
//   export <debate-id> [--format json|apx]     print a debate
//   import <file.json> --workspace <slug>      import a JSON export (or an .argdown file)
//   import-argdown <file> --workspace <slug>   import an Argdown file as a debate
//   labels <file.apx>                          grounded labels of an APX framework
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient, openDatabase } from "@steelman/db";
import { readInvocationDir } from "../env.ts";
import { exportCommand, importCommand, labelsCommand } from "./cli-commands.ts";

const USAGE = `Usage: npm run cli -- <command>
  export <debate-id> [--format json|apx]
  import <file.json|file.argdown> --workspace <slug>
  import-argdown <file> --workspace <slug>
  labels <file.apx>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { format: { type: "string", default: "json" }, workspace: { type: "string" } },
});
const [command, argument] = positionals;
const path = (p: string) => resolve(readInvocationDir(), p);

async function run(): Promise<string> {
  if (!command || !argument) throw new Error(USAGE);
  if (command === "labels") return labelsCommand(path(argument));
  if (command !== "export" && command !== "import" && command !== "import-argdown")
    throw new Error(`Unknown command "${command}".\n${USAGE}`);
  if (command !== "export" && !values.workspace)
    throw new Error(`${command} needs --workspace <slug>.\n${USAGE}`);
  const database = await openDatabase({ log: (line) => console.error(`[db] ${line}`) });
  const prisma = createPrismaClient(database.url, { poolSize: 2 });
  try {
    return command === "export"
      ? await exportCommand(prisma, argument, values.format)
      : command === "import-argdown"
        ? await importCommand(prisma, path(argument), values.workspace!, "argdown")
        : await importCommand(prisma, path(argument), values.workspace!);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

try {
  console.log(await run());
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
