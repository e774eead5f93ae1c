"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Monitor } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { describeUserAgent } from "@/lib/describe-user-agent";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { useTRPC } from "@/lib/trpc";

export function SessionList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.listSessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.auth.listSessions.queryFilter());
  const revoke = useMutation(trpc.auth.revokeSession.mutationOptions({ onSuccess: refresh }));
  const revokeOthers = useMutation(
    trpc.auth.revokeOtherSessions.mutationOptions({ onSuccess: refresh }),
  );

  if (sessions.error) return <FormError message={getErrorMessage(sessions.error)} />;
  if (sessions.isPending) return <StatusMessage>Loading your sessions…</StatusMessage>;

  const others = sessions.data.filter((session) => !session.current);
  const ordered = [...sessions.data].sort(
    (a, b) => Number(b.current) - Number(a.current) || +b.lastUsedAt - +a.lastUsedAt,
  );

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {ordered.map((session) => {
          const device = describeUserAgent(session.userAgent);
          const deviceId = `session-${session.id}`;
          return (
            <li key={session.id} className="flex flex-wrap items-start gap-3 px-4 py-3">
              <Monitor aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-stone-500" />
              <div className="min-w-0 flex-1 space-y-0.5 text-sm">
                <p id={deviceId} className="font-medium text-stone-900">
                  {device}
                  {session.current ? (
                    <span className="ml-2 rounded border border-emerald-700 px-1.5 py-0.5 text-xs font-medium text-emerald-800">
                      This device
                    </span>
                  ) : null}
                </p>
                <p className="text-stone-600">
                  Last used{" "}
                  <time
                    dateTime={session.lastUsedAt.toISOString()}
                    title={formatDateTime(session.lastUsedAt)}
                  >
                    {formatRelative(session.lastUsedAt)}
                  </time>
                  {session.ipAddress ? ` · ${session.ipAddress}` : null}
                </p>
                <p className="text-stone-600">
                  Signed in {formatDateTime(session.createdAt)} · expires{" "}
                  {formatDateTime(session.expiresAt)}
                </p>
                {session.userAgent ? (
                  <p className="break-all text-xs text-stone-500">{session.userAgent}</p>
                ) : null}
              </div>
              {session.current ? null : (
                <Button
                  variant="secondary"
                  aria-describedby={deviceId}
                  pending={revoke.isPending && revoke.variables?.sessionId === session.id}
                  pendingLabel="Signing out…"
                  onClick={() => revoke.mutate({ sessionId: session.id })}
                >
                  Sign out this session
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <FormError message={revoke.error ? getErrorMessage(revoke.error) : null} />
      {others.length > 0 ? (
        <ConfirmDialog
          trigger={<Button variant="danger">Sign out everywhere else</Button>}
          title="Sign out everywhere else?"
          description={`${others.length === 1 ? "1 other session" : `${others.length} other sessions`} will be signed out. This device stays signed in.`}
          confirmLabel="Sign out other sessions"
          pendingLabel="Signing out…"
          onConfirm={() => revokeOthers.mutateAsync()}
          errorMessage={getErrorMessage}
        />
      ) : (
        <p className="text-sm text-stone-600">You are signed in on this device only.</p>
      )}
    </div>
  );
}
