// Each formatter is made on first use: making all four when the module
// loads cost ~145 ms of a debate page's start in Chromium, for formats the
// page may never show.
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

const dateTime = lazy(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }),
);
const dateOnly = lazy(() => new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }));
const shortDateTime = lazy(
  () =>
    new Intl.DateTimeFormat(undefined, {
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
    }),
);
const relative = lazy(() => new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }));

/** A date, or the ISO string the lean reads send in its place. */
export type DateLike = Date | string;

const asDate = (date: DateLike) => (typeof date === "string" ? new Date(date) : date);

export function formatDateTime(date: DateLike) {
  return dateTime().format(asDate(date));
}

/** "Dec 2, 2:48 PM": for tables, where the year is rarely in doubt. */
export function formatShortDateTime(date: DateLike) {
  return shortDateTime().format(asDate(date));
}

export function formatDate(date: DateLike) {
  return dateOnly().format(asDate(date));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 minutes ago", "in 2 days"; "just now" under a minute. */
export function formatRelative(date: DateLike, now: Date = new Date()) {
  const seconds = Math.round((asDate(date).getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return "just now";
}
