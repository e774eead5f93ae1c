"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTRPC } from "@/lib/trpc";

/** Who is signed in: `undefined` while loading, `null` when signed out. */
export function useCurrentUser() {
  const trpc = useTRPC();
  const query = useQuery(trpc.auth.me.queryOptions());
  return { user: query.data, isPending: query.isPending, error: query.error };
}

/**
 * For pages that need a signed-in person: sends a signed-out visitor to sign in,
 * with a return path to where they were.
 */
export function useRequireUser() {
  const { user, isPending, error } = useCurrentUser();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (user === null) {
      const here = `${pathname}${window.location.search}`;
      router.replace(`/sign-in?next=${encodeURIComponent(here)}`);
    }
  }, [user, pathname, router]);

  return {
    user: user ?? undefined,
    isPending: isPending || user === null,
    /** Known to be signed out (and on the way to sign in), not merely still loading. */
    signedOut: user === null,
    error,
  };
}
