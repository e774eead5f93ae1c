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

/** The units a relative time is written in, largest first, with their length in seconds. */
export const RELATIVE_UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
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
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** How a component writes times; `readAt` is when the data shown was read. */
export type TimeFormat = {
  dateTime: (date: DateLike) => string;
  date: (date: DateLike) => string;
  relative: (date: DateLike, readAt: DateLike) => string;
};

/** In this reader's locale and time zone, relative to now. */
export const LOCAL_TIME: TimeFormat = {
  dateTime: formatDateTime,
  date: formatDate,
  relative: (date) => formatRelative(date),
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Dec 5, 2026", in UTC: as en-US writes a medium date. */
function englishUtcDate(date: DateLike) {
  const d = asDate(date);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "Dec 5, 2026, 9:30 PM UTC". */
function englishUtcDateTime(date: DateLike) {
  const d = asDate(date);
  const hours = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, "0");
  return `${englishUtcDate(d)}, ${hours % 12 || 12}:${minutes} ${hours < 12 ? "AM" : "PM"} UTC`;
}

/** "5 minutes ago", "in 2 days"; "just now" under a minute. */
function englishRelative(date: DateLike, readAt: DateLike) {
  const seconds = Math.round((asDate(date).getTime() - asDate(readAt).getTime()) / 1000);
  for (const [unit, size] of RELATIVE_UNITS) {
    const count = Math.round(Math.abs(seconds) / size);
    if (Math.abs(seconds) < size) continue;
    const words = `${count} ${unit}${count === 1 ? "" : "s"}`;
    return seconds < 0 ? `${words} ago` : `in ${words}`;
  }
  return "just now";
}

/**
 * What the debate page writes on its first draw, until the browser is first
 * idle: English, UTC, relative to the read, and written without Intl. A
 * page's first Intl formatter loads the locale's data, 50–150 ms of main
 * thread, which would otherwise hold back the outline of a big debate.
 */
export const FIRST_DRAW_TIME: TimeFormat = {
  dateTime: englishUtcDateTime,
  date: englishUtcDate,
  relative: englishRelative,
};
