"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc";

/** The unread count in the header. Polled for now; a per-user live event is still to come. */
export function NotificationBell() {
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.notification.unreadCount.queryOptions(),
    refetchInterval: 5_000,
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
