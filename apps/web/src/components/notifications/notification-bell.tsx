"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc";

/** While the live stream is down, the count is asked for this often instead. */
const FALLBACK_POLL_MS = 30_000;

/**
 * The unread count in the header, live: the server sends it when it changes
 * (notification.live), and the notifications page shows new items at once.
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useSubscription(
    trpc.notification.live.subscriptionOptions(undefined, {
      onData: ({ unread }) => {
        const key = trpc.notification.unreadCount.queryKey();
        const before = queryClient.getQueryData<number>(key);
        queryClient.setQueryData(key, unread);
        if (before !== undefined && unread > before)
          void queryClient.invalidateQueries(trpc.notification.list.queryFilter());
      },
    }),
  );
  const unread = useQuery({
    ...trpc.notification.unreadCount.queryOptions(),
    refetchInterval: live.status === "error" ? FALLBACK_POLL_MS : false,
  });
  const count = unread.data ?? 0;
  return (
    <Link
      href="/notifications"
      className={buttonClass("quiet", "relative px-2")}
      aria-label={count > 0 ? `Notifications, ${count} unread` : "Notifications"}
    >
      <Bell aria-hidden className="size-4" />
      {count > 0 ? (
        <span
          aria-hidden
          className="ml-1 rounded-full bg-amber-600 px-1.5 text-xs font-semibold text-white"
        >
          {count}
        </span>
      ) : null}
    </Link>
  );
}
