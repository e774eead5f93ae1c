// `labels`: the one operator command without a database (steelman-cli.ts
// imports it alone, so that it starts without loading Prisma and the services).
import { readFile } from "node:fs/promises";
import {
  formatLabelLines,
  labelIndexedFrameworkCodes,
  parseApxIndexed,
} from "../domain/argument/index.ts";

/** `labels <file.apx>`: the grounded labelling, one `<argument> in|out|undec` line each. */
export async function labelsCommand(path: string): Promise<string> {
  // The file's bytes, not decoded text: the reader walks bytes (half the cost
  // of walking a string), and the lines are written from the names' bytes
  // (no string per argument).
  const framework = parseApxIndexed(await readFile(path));
  return formatLabelLines(framework, labelIndexedFrameworkCodes(framework));
}
