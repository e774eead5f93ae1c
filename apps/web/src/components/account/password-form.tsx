"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

/** Changes the password; the API signs out every other browser and keeps this one. */
export function PasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        form.current?.reset();
        void queryClient.invalidateQueries(trpc.auth.listSessions.queryFilter());
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    change.mutate({
      currentPassword: String(data.get("currentPassword")),
      newPassword: String(data.get("newPassword")),
    });
  }

  const ended = change.data?.endedSessions ?? 0;
  return (
    <form ref={form} onSubmit={onSubmit} className="max-w-sm space-y-5">
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={8}
        hint="At least 8 characters."
        required
      />
      <FormError message={change.error ? getErrorMessage(change.error) : null} />
      {change.isSuccess ? (
        <StatusMessage>
          Password changed.{" "}
          {ended === 0
            ? "You were not signed in anywhere else."
            : `Signed out ${ended} other ${ended === 1 ? "session" : "sessions"}.`}
        </StatusMessage>
      ) : null}
      <Button type="submit" pending={change.isPending} pendingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}
