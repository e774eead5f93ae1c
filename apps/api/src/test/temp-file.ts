import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes `content` to a file called `name` in a fresh temporary folder; returns its path. */
export async function writeTempFile(name: string, content: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "steelman-cli-")), name);
  await writeFile(file, content);
  return file;
}
