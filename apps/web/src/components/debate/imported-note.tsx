import { type DateLike, formatDate } from "@/lib/format-time";

type Imported = {
  fileName: string;
  importedAt: DateLike;
  importedBy: { displayName: string } | null;
} | null;

/** "imported by X on D from F": an imported row never passes for a person's own post. */
export function importedNote(imported: Imported): string | null {
  if (!imported) return null;
  const by = imported.importedBy ? ` by ${imported.importedBy.displayName}` : "";
  return `imported${by} on ${formatDate(imported.importedAt)} from ${imported.fileName}`;
}
