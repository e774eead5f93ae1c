// Checks one line of an archive and says, in a sentence, what is wrong and
// where (line number and field), never zod's own text.
import type { z } from "zod";
import { DomainError } from "../domain-error.ts";
import {
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_KIND,
  type ArchiveHeader,
  type ArchiveRecord,
  bodyRecord,
  headerRecord,
} from "./archive-format.ts";

function damaged(line: number, what: string): DomainError {
  return new DomainError("BAD_REQUEST", `The archive is damaged at line ${line}: ${what}.`);
}

function describeIssue(issue: z.core.$ZodIssue, record: string): string {
  const field = issue.path.map(String).join(".");
  const where = field ? `the ${record}'s "${field}"` : `the ${record}`;
  switch (issue.code) {
    case "invalid_type":
      return `${where} is missing or is not ${issue.expected === "string" ? "text" : `a ${issue.expected}`}`;
    case "invalid_value":
      return `${where} has a value this version does not know`;
    case "invalid_format":
      return `${where} is not a valid ${issue.format === "datetime" ? "time" : issue.format}`;
    case "invalid_union":
      return field ? `${where} is not valid` : `the line is not a known kind of record`;
    default:
      return `${where} is out of range or malformed`;
  }
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw damaged(line, "it is not valid JSON");
  }
}

/** The first line: refuses other files and archives from a newer Steelman. */
export function readArchiveHeader(text: string | undefined): ArchiveHeader {
  if (text === undefined || text.trim() === "") throw damaged(1, "the file is empty");
  const value = parseJson(text, 1);
  if (
    typeof value === "object" &&
    value !== null &&
    "kind" in value &&
    value.kind === ARCHIVE_KIND
  ) {
    const version = "formatVersion" in value ? value.formatVersion : undefined;
    if (typeof version === "number" && version > ARCHIVE_FORMAT_VERSION)
      throw new DomainError(
        "BAD_REQUEST",
        `This archive was written by a newer Steelman (archive format ${version}); this install reads format ${ARCHIVE_FORMAT_VERSION}. Upgrade Steelman, then import it.`,
      );
  } else throw damaged(1, "this is not a Steelman workspace archive");
  const parsed = headerRecord.safeParse(value);
  if (!parsed.success) throw damaged(1, describeIssue(parsed.error.issues[0]!, "header"));
  return parsed.data;
}

export function readArchiveRecord(text: string, line: number): ArchiveRecord {
  const value = parseJson(text, line);
  const parsed = bodyRecord.safeParse(value);
  if (parsed.success) return parsed.data;
  const kind =
    typeof value === "object" && value !== null && "t" in value && typeof value.t === "string"
      ? value.t
      : "record";
  throw damaged(line, describeIssue(parsed.error.issues[0]!, kind));
}

export { damaged as archiveDamaged };
