"use client";

import { hashKey, useQueryClient } from "@tanstack/react-query";
import { type RouterOutputs, useTRPC } from "@/lib/trpc";

type User = NonNullable<RouterOutputs["auth"]["me"]>;

/**
 * After signing in or up: record who is signed in now and forget anything
 * cached for whoever used this browser before.
 */
export function useSessionChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (user: User) => {
    const meKey = trpc.auth.me.queryKey();
    const meHash = hashKey(meKey);
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
    queryClient.setQueryData(meKey, user);
  };
}
