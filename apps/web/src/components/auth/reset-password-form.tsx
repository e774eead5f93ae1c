"use client";

import { PASSWORD_MAX, PASSWORD_MIN, resetPasswordFields } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useTRPC } from "@/lib/trpc";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useSessionChange } from "./use-session-change";

/** The page a reset mail links to: a new password, then signed in here (and out elsewhere). */
export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const onSessionChange = useSessionChange();
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({ onSuccess: (me) => onSessionChange(me) }),
  );
  const errors = useFieldErrors(reset.error, ["newPassword"]);

  if (reset.isSuccess) {
    return (
      <div role="status" className="space-y-2 rounded border border-stone-200 bg-white p-4">
        <p>Your password is changed, and you are signed in. Every other session was signed out.</p>
        <Link href="/workspaces" className="font-medium underline">
          Go to your workspaces
        </Link>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      token,
      newPassword: String(new FormData(event.currentTarget).get("newPassword")),
    };
    if (errors.check(resetPasswordFields, input)) reset.mutate(input);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        required
        autoFocus
        error={errors.field("newPassword")}
      />
      <FormError message={errors.formMessage} />
      {reset.error ? (
        <p className="text-sm text-stone-700">
          <Link href="/forgot-password" className="font-medium underline">
            Ask for a new link
          </Link>
        </p>
      ) : null}
      <Button type="submit" variant="primary" pending={reset.isPending} pendingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}
