// The import's first pass: reads the whole archive once and refuses it,
// saying where, before anything is written. Keeps only ids (to check
// references), never the rows: the debates', and the rows of the debate being
// read (a debate's rows refer only to the debate itself and to each other,
// and all follow its line), so memory is bounded by the largest debate.
import type { ArchiveHeader } from "../../domain/archive/archive-format.ts";
import {
  archiveDamaged,
  readArchiveHeader,
  readArchiveRecord,
} from "../../domain/archive/read-archive-line.ts";

export type ArchiveLines = () => AsyncIterable<string>;

// Fields naming a row of the same debate that must come earlier in the archive.
const ROW_REFS = ["claim", "target", "from", "to", "proposal", "decision", "importBatch"];
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
  const debates = new Set<string>();
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
    if ("debate" in fields && typeof fields.debate === "string" && !debates.has(fields.debate))
      throw archiveDamaged(
        count,
        `the ${record.t}'s "debate" refers to something not earlier in the archive`,
      );
    for (const key of ROW_REFS) {
      const ref = fields[key];
      if (typeof ref === "string" && !rows.has(ref))
        throw archiveDamaged(
          count,
          `the ${record.t}'s "${key}" refers to something not earlier in the archive`,
        );
    }
    if (record.t === "person") persons.add(record.ref);
    else if (record.t === "debate") {
      debates.add(record.id);
      rows.clear();
    } else if ("id" in record) rows.add(record.id);
  }
  if (!header) throw archiveDamaged(1, "the file is empty");
  if (!ended)
    throw archiveDamaged(
      count,
      "the file ends before its end line (it was not completely written)",
    );
  return { header, lines: count };
}
