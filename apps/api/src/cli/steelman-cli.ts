// npm run cli -- <command>
//   export <debate-id> [--format json|apx]     print a debate
//   import <file.json> --workspace <slug>      import a JSON export (or an .argdown file)
//   import-argdown <file> --workspace <slug>   import an Argdown file as a debate
//   labels <file.apx>                          grounded labels of an APX framework
//   workspace export <slug> --out <file>       the whole workspace as an archive
//   workspace import <file> --slug <new-slug>  a new workspace from an archive
//   user password <email>                      a new random password (imported people have none)
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { PrismaClient } from "@steelman/db";
import { readInvocationDir } from "../env.ts";
import { labelsCommand } from "./labels-command.ts";

// The other commands' modules (Prisma, the services) are imported when one
// of them runs: loading them took 4 to 8 s on a busy machine, which `labels`,
// a pure computation on a file, need not wait for.

const USAGE = `Usage: npm run cli -- <command>
  export <debate-id> [--format json|apx]
  import <file.json|file.argdown> --workspace <slug>
  import-argdown <file> --workspace <slug>
  labels <file.apx>
  workspace export <slug> --out <file>
  workspace import <file> --slug <new-slug>
  user password <email>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: "string", default: "json" },
    workspace: { type: "string" },
    out: { type: "string" },
    slug: { type: "string" },
  },
});
const [command, argument, target] = positionals;
const path = (p: string) => resolve(readInvocationDir(), p);

async function run(): Promise<string> {
  if (!command || !argument) throw new Error(USAGE);
  if (command === "labels") return labelsCommand(path(argument));
  if (command === "workspace" || command === "user") return withDatabase(operatorCommand);
  if (command !== "export" && command !== "import" && command !== "import-argdown")
    throw new Error(`Unknown command "${command}".\n${USAGE}`);
  if (command !== "export" && !values.workspace)
    throw new Error(`${command} needs --workspace <slug>.\n${USAGE}`);
  const { exportCommand, importCommand } = await import("./cli-commands.ts");
  return withDatabase((prisma) =>
    command === "export"
      ? exportCommand(prisma, argument, values.format)
      : command === "import-argdown"
        ? importCommand(prisma, path(argument), values.workspace!, "argdown")
        : importCommand(prisma, path(argument), values.workspace!),
  );
}

async function operatorCommand(prisma: PrismaClient): Promise<string> {
  if (command === "user" && argument === "password" && target) {
    const { userPasswordCommand } = await import("./user-password-command.ts");
    return userPasswordCommand(prisma, target);
  }
  const { workspaceExportCommand, workspaceImportCommand, workspaceUsage } = await import(
    "./workspace-archive-commands.ts"
  );
  if (argument === "export" && target && values.out)
    return workspaceExportCommand(prisma, target, path(values.out));
  if (argument === "import" && target && values.slug)
    return workspaceImportCommand(prisma, path(target), values.slug);
  return workspaceUsage();
}

async function withDatabase(work: (prisma: PrismaClient) => Promise<string>): Promise<string> {
  const { createPrismaClient, openDatabase } = await import("@steelman/db");
  const database = await openDatabase({ log: (line) => console.error(`[db] ${line}`) });
  const prisma = createPrismaClient(database.url, { poolSize: 2 });
  try {
    return await work(prisma);
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
