// A whole-debate read in a smaller, lossless form for the web's own client
// (asked for with the `x-steelman-wire: packed` header; every other client
// gets the plain form). Claims go column by column instead of as objects:
// each key is written once, a column with few distinct values (kind, side,
// status, flags, nulls, the same author) is sent as a dictionary and small
// indices, and references to other claims of the debate (target, root,
// merge, links, "answer next", the unanswered list) as claim numbers instead
// of ids. `unpackDebateView` gives back exactly the object that was packed.
// Pure: no I/O; the web imports it through `@steelman/api/packed-debate`.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

/** A column: its values as they are, or a dictionary and one index per row. */
export type PackedColumn = { values: Json[] } | { dictionary: Json[]; indices: number[] };

export type PackedClaims = { count: number; columns: Record<string, PackedColumn> };

/** Claim fields that hold one claim id or null. */
const REFERENCE_FIELDS = new Set(["rootId", "targetId", "mergedIntoId"]);
/** Claim fields that differ from claim to claim by definition: no dictionary to try. */
const UNIQUE_FIELDS = new Set(["id", "number"]);
/** Claim fields that hold a list of claim ids. */
const REFERENCE_LIST_FIELDS = new Set(["linkedTargetIds", "answerNextIds"]);
/** The request header (value `packed`) with which the web's client asks for this form. */
export const PACKED_WIRE_HEADER = "x-steelman-wire";
/** Marks a packed read, so the client knows to unpack it. */
export const PACKED_MARK = "$packedDebate";

type View = { claims: readonly object[]; unansweredObjectionIds: readonly string[] };

export function packDebateView(view: View) {
  const { claims, toNumber } = packClaims(view.claims as readonly Row[]);
  const { claims: _claims, unansweredObjectionIds, ...rest } = view as View & Row;
  return {
    ...rest,
    [PACKED_MARK]: 1 as const,
    claims,
    unansweredObjectionIds: unansweredObjectionIds.map(toNumber),
  };
}

/**
 * Claims column by column, and how to write any other reference to one of
 * them (a claim number for an id of the debate; anything else as it is).
 */
export function packClaims(rows: readonly Row[]) {
  const numberOf = new Map<string, number>();
  for (const claim of rows) numberOf.set(claim.id as string, claim.number as number);
  // A reference to a claim of the debate becomes its number; anything else stays as it was.
  const toNumber = (id: Json): Json => (typeof id === "string" ? (numberOf.get(id) ?? id) : id);
  const toNumbers = (list: Json): Json =>
    Array.isArray(list) && list.length > 0 ? list.map(toNumber) : list;
  const columns: Record<string, PackedColumn> = {};
  const keys = rows[0] ? Object.keys(rows[0]) : [];
  for (const key of keys) {
    let values = rows.map((claim) => claim[key] ?? null);
    if (REFERENCE_FIELDS.has(key)) values = values.map(toNumber);
    if (REFERENCE_LIST_FIELDS.has(key)) values = values.map(toNumbers);
    columns[key] = UNIQUE_FIELDS.has(key) ? { values } : packColumn(values);
  }
  const claims: PackedClaims = { count: rows.length, columns };
  return { claims, toNumber };
}

/**
 * A dictionary when it pays: few distinct values among many rows. Objects
 * and lists are told apart by their JSON, in a map of their own (a text that
 * reads like some list's JSON is still a different value).
 */
export function packColumn(values: Json[]): PackedColumn {
  if (values.length < 8) return { values };
  const slots = new Map<Json, number>();
  let objectSlots: Map<string, number> | undefined;
  const dictionary: Json[] = [];
  const indices: number[] = [];
  const limit = Math.max(4, values.length / 3);
  for (const value of values) {
    const isObject = value !== null && typeof value === "object";
    // Most lists in a read are empty: their JSON needs no stringify.
    const objectKey = !isObject
      ? ""
      : Array.isArray(value) && value.length === 0
        ? "[]"
        : JSON.stringify(value);
    let slot = isObject ? objectSlots?.get(objectKey) : slots.get(value);
    if (slot === undefined) {
      if (dictionary.length >= limit) return { values };
      slot = dictionary.length;
      if (!isObject) slots.set(value, slot);
      else {
        objectSlots ??= new Map();
        objectSlots.set(objectKey, slot);
      }
      dictionary.push(value);
    }
    indices.push(slot);
  }
  return { dictionary, indices };
}

/** Whether a received read is packed (the web's transformer asks before unpacking). */
export function isPackedDebate(value: unknown): value is ReturnType<typeof packDebateView> {
  return typeof value === "object" && value !== null && PACKED_MARK in value;
}

/** The view exactly as it was before `packDebateView`. */
export function unpackDebateView(packed: ReturnType<typeof packDebateView>) {
  const { [PACKED_MARK]: _mark, claims: packedClaims, unansweredObjectionIds, ...rest } = packed;
  const { count, columns } = packedClaims;
  const cell = (key: string) => {
    const column = columns[key];
    if (!column) return (_row: number): Json => null;
    return "values" in column
      ? (row: number) => column.values[row] as Json
      : (row: number) => column.dictionary[column.indices[row] as number] as Json;
  };
  const idOf = new Map<number, string>();
  const [idAt, numberAt] = [cell("id"), cell("number")];
  for (let row = 0; row < count; row++) idOf.set(numberAt(row) as number, idAt(row) as string);
  const toId = (ref: Json): Json => (typeof ref === "number" ? (idOf.get(ref) ?? ref) : ref);
  // One reader per column, references resolved as they are read.
  const keys = Object.keys(columns);
  const readers = keys.map((key): ((row: number) => Json) => {
    const at = cell(key);
    if (REFERENCE_FIELDS.has(key)) return (row) => toId(at(row));
    if (REFERENCE_LIST_FIELDS.has(key)) {
      return (row) => {
        const list = at(row);
        return Array.isArray(list) ? list.map(toId) : list;
      };
    }
    const column = columns[key];
    // Only a dictionary shares values between rows, and only objects need copies.
    const shared =
      column !== undefined &&
      "dictionary" in column &&
      column.dictionary.some((value) => value !== null && typeof value === "object");
    return shared ? (row) => copyJson(at(row)) : at;
  });
  // Every claim starts as a copy of one object with all the keys, so filling
  // it in changes no object's shape (adding the keys one by one to `{}` was
  // most of the unpacking's time).
  const template: Row = {};
  for (const key of keys) template[key] = null;
  const claims: Row[] = new Array(count);
  for (let row = 0; row < count; row++) claims[row] = { ...template };
  // Column by column: one key per inner loop, the same shape for every claim.
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const read = readers[k] as (row: number) => Json;
    for (let row = 0; row < count; row++) (claims[row] as Row)[key] = read(row);
  }
  return { ...rest, claims, unansweredObjectionIds: unansweredObjectionIds.map(toId) };
}

/** Dictionary values are shared by many rows: each row gets its own copy of an object. */
function copyJson(value: Json): Json {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, Json> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = copyJson(inner);
  return copy;
}
