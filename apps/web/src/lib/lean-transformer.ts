import { isPackedDebate, unpackDebateView } from "@steelman/api/packed-debate";
import superjson from "superjson";

type Envelope = Parameters<typeof superjson.deserialize>[0];

/**
 * superjson, except that a payload without `meta` (the API's lean reads, whose
 * dates are ISO strings) is used as it arrived, without a deep copy, and a
 * packed debate read (asked for with PACKED_WIRE_HEADER) is unpacked.
 */
export const leanTransformer = {
  serialize: (value: unknown) => superjson.serialize(value),
  deserialize: (payload: Envelope) =>
    payload.meta !== undefined
      ? superjson.deserialize(payload, { inPlace: true })
      : isPackedDebate(payload.json)
        ? unpackDebateView(payload.json)
        : payload.json,
};
