// The import's first pass: reads the whole archive once and refuses it,
// saying where, before anything is written. Keeps only the set of ids it has
// seen (to check references), never the rows.
import type { ArchiveHeader } from "../../domain/archive/archive-format.ts";
import {
  archiveDamaged,
  readArchiveHeader,
  readArchiveRecord,
} from "../../domain/archive/read-archive-line.ts";

export type ArchiveLines = () => AsyncIterable<string>;

// Fields naming a row that must come earlier in the archive.
const ROW_REFS = ["debate", "claim", "target", "from", "to", "proposal", "decision", "importBatch"];
const PERSON_REFS = [
  "person",
  "author",
  "createdBy",
  "editor",
  "resolvedBy",
  "reopenedBy",
  "parkedBy",
  "owner",
  "recordedBy",
  "importedBy",
  "actor",
];

export async function checkArchive(
  lines: ArchiveLines,
): Promise<{ header: ArchiveHeader; lines: number }> {
  let header: ArchiveHeader | undefined;
  let count = 0;
  let ended = false;
  const persons = new Set<string>();
  const rows = new Set<string>();
  for await (const text of lines()) {
    count++;
    if (count === 1) {
      header = readArchiveHeader(text);
      continue;
    }
    if (text.trim() === "") continue;
    if (ended) throw archiveDamaged(count, "there is more after the end line");
    const record = readArchiveRecord(text, count);
    if (record.t === "end") {
      if (record.lines !== count)
        throw archiveDamaged(
          count,
          `the end line counts ${record.lines} lines, the file has ${count}`,
        );
      ended = true;
      continue;
    }
    const fields = record as Record<string, unknown>;
    for (const key of PERSON_REFS) {
      const ref = fields[key];
      if (typeof ref === "string" && !persons.has(ref))
        throw archiveDamaged(
          count,
          `the ${record.t}'s "${key}" names a person the archive does not list`,
        );
    }
    for (const key of ROW_REFS) {
      const ref = fields[key];
      if (typeof ref === "string" && !rows.has(ref))
        throw archiveDamaged(
          count,
          `the ${record.t}'s "${key}" refers to something not earlier in the archive`,
        );
    }
    if (record.t === "person") persons.add(record.ref);
    else if ("id" in record) rows.add(record.id);
  }
  if (!header) throw archiveDamaged(1, "the file is empty");
  if (!ended)
    throw archiveDamaged(
      count,
      "the file ends before its end line (it was not completely written)",
    );
  return { header, lines: count };
}
