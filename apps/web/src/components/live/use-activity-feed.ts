"use client";

import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import type { ActivityEvent } from "./activity-sentence";

/** The API's page size: a shorter page is the last one. */
const PAGE = 50;

/**
 * Pages of a feed, newest first, each fetched "before" the last id shown.
 * `queryKey` must start with the procedure's path key, so that live events
 * (which invalidate that path) refetch it.
 */
export function useActivityFeed<E extends ActivityEvent>(
  queryKey: QueryKey,
  fetchPage: (before: string | null) => Promise<E[]>,
  refetchInterval: number | false = false,
) {
  const feed = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.length < PAGE ? undefined : (last.at(-1)?.id ?? undefined)),
    refetchInterval,
  });
  return {
    events: feed.data?.pages.flat() ?? [],
    error: feed.error,
    isPending: feed.isPending,
    hasMore: feed.hasNextPage,
    loadingMore: feed.isFetchingNextPage,
    loadMore: () => void feed.fetchNextPage(),
  };
}
