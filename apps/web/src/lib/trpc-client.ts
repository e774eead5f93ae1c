import { PACKED_WIRE_HEADER } from "@steelman/api/packed-debate";
import type { AppRouter } from "@steelman/api/router";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { leanTransformer } from "./lean-transformer";

// Relative URL: the browser talks only to the web origin, which rewrites /trpc to the API.
const TRPC_URL = "/trpc";

export function createBrowserTRPCClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: TRPC_URL, transformer: leanTransformer }),
        // The API refuses batches of more than 10 writes (40 reads); 10 fits both.
        false: httpBatchLink({
          url: TRPC_URL,
          transformer: leanTransformer,
          maxItems: 10,
          // Whole-debate reads come packed (smaller, unpacked by the transformer).
          headers: { [PACKED_WIRE_HEADER]: "packed" },
        }),
      }),
    ],
  });
}
