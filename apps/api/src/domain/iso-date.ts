/** A date as the lean reads send it (trpc/lean-json.ts): an ISO 8601 string. */
export type IsoDate = string;

export function isoDate(date: Date): IsoDate;
export function isoDate(date: Date | null): IsoDate | null;
export function isoDate(date: Date | null): IsoDate | null {
  return date ? date.toISOString() : null;
}
