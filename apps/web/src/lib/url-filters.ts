// Filters kept in the page's address, so reloading, going back or sharing
// the link shows the same list. Read once from the route's search params;
// written with history.replaceState, which Next's router follows.

/** The first value of a search parameter, or "" when it is absent. */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Replaces the current address's query with `params` (empty values dropped). */
export function replaceQuery(params: Record<string, string | null>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  window.history.replaceState(window.history.state, "", url);
}
