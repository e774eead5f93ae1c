"use client";

import { notificationSentence } from "@steelman/api/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { formatRelative } from "@/lib/format-time";
import { useTRPC } from "@/lib/trpc";

export function NotificationsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notification.list.queryOptions({ limit: 50 }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.notification.list.queryFilter()),
      queryClient.invalidateQueries(trpc.notification.unreadCount.queryFilter()),
    ]);
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));

  if (list.error) return <FormError message={getErrorMessage(list.error)} />;
  if (list.isPending) return <StatusMessage>Loading your notifications…</StatusMessage>;

  const items = list.data.items;
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        <Button
          variant="secondary"
          disabled={markRead.isPending || items.every((item) => item.readAt)}
          onClick={() => markRead.mutate({ all: true })}
        >
          Mark all as read
        </Button>
      </div>
      {markRead.error ? <FormError message={getErrorMessage(markRead.error)} /> : null}
      {items.length === 0 ? <StatusMessage>Nothing yet.</StatusMessage> : null}
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {items.map((item) => {
          const href = item.href;
          const sentence = notificationSentence(item.kind);
          return (
            <li key={item.id} className="flex items-center gap-3 px-4 py-3">
              <span className={item.readAt ? "text-stone-500" : "font-medium"}>
                {href ? (
                  <Link href={href} onClick={() => markRead.mutate({ ids: [item.id] })}>
                    {sentence}
                  </Link>
                ) : (
                  sentence
                )}
              </span>
              <span className="text-sm text-stone-500">{formatRelative(item.createdAt)}</span>
              {item.readAt ? null : (
                <Button
                  variant="quiet"
                  className="ml-auto"
                  onClick={() => markRead.mutate({ ids: [item.id] })}
                >
                  Mark as read
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </main>
  );
}
