"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserMinus } from "lucide-react";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { useTRPC } from "@/lib/trpc";

/** The guests who joined this debate by code; a facilitator can remove one (their session ends). */
export function GuestList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId, announce } = useDebate();
  const guests = useQuery(trpc.workshop.guests.queryOptions({ debateId }));
  const remove = useMutation(
    trpc.workshop.removeGuest.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.workshop.pathFilter()),
    }),
  );
  const present = (guests.data ?? []).filter((guest) => guest.removedAt === null);
  const removedCount = (guests.data ?? []).length - present.length;
  if (!guests.data || guests.data.length === 0) return null;

  return (
    <div className="space-y-2">
      <h4 className="text-sm font-medium text-stone-800">
        {present.length === 1 ? "1 guest" : `${present.length} guests`}
        {removedCount > 0 ? (
          <span className="text-stone-500"> ({removedCount} removed)</span>
        ) : null}
      </h4>
      {present.length > 0 ? (
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
          {present.map((guest) => (
            <li key={guest.user.id} className="flex items-center gap-3 px-3 py-1.5 text-sm">
              <span className="min-w-0 flex-1 truncate font-medium">{guest.user.displayName}</span>
              <span className="text-stone-500">
                {guest.role === "member" ? "Member" : "Observer"}
              </span>
              <time
                dateTime={guest.createdAt.toISOString()}
                title={formatDateTime(guest.createdAt)}
                className="hidden text-stone-500 sm:inline"
              >
                {formatRelative(guest.createdAt)}
              </time>
              <ConfirmDialog
                trigger={
                  <Button variant="quiet" className="min-h-8 px-2 py-1">
                    <UserMinus aria-hidden="true" className="size-4" />
                    Remove<span className="sr-only"> {guest.user.displayName}</span>
                  </Button>
                }
                title={`Remove ${guest.user.displayName}?`}
                description="They are signed out at once and can no longer read or post. What they posted stays in the debate."
                confirmLabel="Remove guest"
                pendingLabel="Removing…"
                onConfirm={async () => {
                  await remove.mutateAsync({ debateId, guestUserId: guest.user.id });
                  announce(`Removed ${guest.user.displayName}.`);
                }}
                errorMessage={getErrorMessage}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
