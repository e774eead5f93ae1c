// Helpers for workspace-archive tests: an archive as lines, lines as the
// import's source, and values compared without the ids each install gives.
import { exportWorkspaceArchive } from "../services/archive/export-workspace.ts";
import { testPrisma } from "./harness.ts";

export async function exportLines(slug: string): Promise<string[]> {
  const lines: string[] = [];
  await exportWorkspaceArchive(testPrisma(), slug, async (line) => {
    lines.push(line.trimEnd());
  });
  return lines;
}

export const fromArray = (lines: string[]) =>
  async function* () {
    yield* lines;
  };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Ids replaced by the order they first appear in, so two copies compare by content. */
export function withoutIds(value: unknown): unknown {
  const seen = new Map<string, string>();
  return JSON.parse(
    JSON.stringify(value).replace(UUID, (id) => {
      if (!seen.has(id)) seen.set(id, `id${seen.size + 1}`);
      return seen.get(id) ?? id;
    }),
  );
}
