/**
 * Whether a string has a UUID's shape (any version, either case, as
 * PostgreSQL's uuid type reads it): a guard before a `::uuid` cast or a
 * lookup, so that malformed input names nothing instead of failing the query.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
