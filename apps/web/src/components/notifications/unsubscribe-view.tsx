"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

/**
 * The unsubscribe link of a mail, usable without signing in. It asks for a
 * click rather than acting on load, so a mail scanner that opens links does
 * not unsubscribe anyone (mail clients use the one-click POST instead).
 */
export function UnsubscribeView({ token }: { token: string }) {
  const trpc = useTRPC();
  const unsubscribe = useMutation(trpc.notification.unsubscribe.mutationOptions());
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Unsubscribe from email</h1>
      {unsubscribe.data ? (
        <p role="status">
          You will get no more email from {unsubscribe.data.workspaceName}. Notifications still
          appear in the app; you can turn email back on from your{" "}
          <Link className="underline" href="/account">
            account page
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="text-stone-700">
            Stop all email about this workspace. You will still see notifications in the app.
          </p>
          <Button
            disabled={!token || unsubscribe.isPending}
            onClick={() => unsubscribe.mutate({ token })}
          >
            Unsubscribe
          </Button>
        </>
      )}
      {!token ? <FormError message="This unsubscribe link is incomplete." /> : null}
      {unsubscribe.error ? <FormError message={getErrorMessage(unsubscribe.error)} /> : null}
    </div>
  );
}
