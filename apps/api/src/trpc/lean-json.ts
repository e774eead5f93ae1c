// Hot reads (a whole debate) skip superjson: their results are built already
// in JSON form (dates as ISO strings, domain/iso-date.ts) and marked by their
// router, and the transformer sends them in superjson's own envelope without
// walking them. superjson costs ~50 ms per 1,000 claims; this costs nothing
// beyond JSON.stringify.
// Everything else still goes through superjson, unchanged.
import type { TRPCCombinedDataTransformer } from "@trpc/server";
import superjson from "superjson";
import { packDebateView } from "../wire/packed-debate.ts";

const marked = new WeakSet<object>();
/** Debate reads to send packed (wire/packed-debate.ts): the web asked for that form. */
const packed = new WeakSet<object>();

/** What JSON.stringify sends unchanged: no Date, Map, BigInt or undefined can hide in it. */
export type JsonShape =
  | string
  | number
  | boolean
  | null
  | readonly JsonShape[]
  | { readonly [key: string]: JsonShape };

/** Marks a result that holds only JSON values; the types refuse anything else. */
export function leanJson<T extends JsonShape & object>(value: T): T {
  marked.add(value);
  return value;
}

/** Marks a lean whole-debate read to go out packed, for a client that asked for it. */
export function packedDebateJson<
  T extends JsonShape & { claims: readonly object[]; unansweredObjectionIds: readonly string[] },
>(value: T): T {
  marked.add(value);
  packed.add(value);
  return value;
}

/**
 * superjson, except for marked results: those go out as `{ json }` with no
 * `meta`, which superjson's (and the web's lean) deserializer returns as is.
 */
export const leanTransformer: TRPCCombinedDataTransformer = {
  input: superjson,
  output: {
    serialize: (value: unknown) => {
      if (typeof value !== "object" || value === null || !marked.has(value)) {
        return superjson.serialize(value);
      }
      return { json: packed.has(value) ? packDebateView(value as never) : value };
    },
    deserialize: superjson.deserialize,
  },
};
