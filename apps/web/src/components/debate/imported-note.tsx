import { type DateLike, LOCAL_TIME, type TimeFormat } from "@/lib/format-time";

type Imported = {
  fileName: string;
  importedAt: DateLike;
  importedBy: { displayName: string } | null;
} | null;

/** "imported by X on D from F": an imported row never passes for a person's own post. */
export function importedNote(imported: Imported, time: TimeFormat = LOCAL_TIME): string | null {
  if (!imported) return null;
  const by = imported.importedBy ? ` by ${imported.importedBy.displayName}` : "";
  return `imported${by} on ${time.date(imported.importedAt)} from ${imported.fileName}`;
}
