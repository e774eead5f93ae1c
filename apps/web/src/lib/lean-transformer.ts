import superjson from "superjson";

type Envelope = Parameters<typeof superjson.deserialize>[0];

/**
 * superjson, except that a payload without `meta` (the API's lean reads, whose
 * dates are ISO strings) is used as it arrived, without a deep copy.
 */
export const leanTransformer = {
  serialize: (value: unknown) => superjson.serialize(value),
  deserialize: (payload: Envelope) =>
    payload.meta === undefined ? payload.json : superjson.deserialize(payload, { inPlace: true }),
};
