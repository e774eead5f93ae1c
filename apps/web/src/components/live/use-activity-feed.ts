"use client";

import type { ActivityEvent } from "./activity-sentence";

/** The parts of an infinite query over a feed (`cursor` in, `nextCursor` out) that a page uses. */
type FeedQuery<E> = {
  data?: { pages: { events: E[] }[] } | undefined;
  error: { message: string } | null;
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
};

/** What an activity page shows from a feed read page by page. */
export function feedOf<E extends ActivityEvent>(feed: FeedQuery<E>) {
  return {
    events: feed.data?.pages.flatMap((page) => page.events) ?? [],
    error: feed.error,
    isPending: feed.isPending,
    hasMore: feed.hasNextPage,
    loadingMore: feed.isFetchingNextPage,
    loadMore: () => void feed.fetchNextPage(),
  };
}
