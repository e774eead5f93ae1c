"use client";

import { requestPasswordResetFields } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useTRPC } from "@/lib/trpc";
import { useFieldErrors } from "@/lib/use-field-errors";

/** Asks for a reset link; the answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = useFieldErrors(request.error, ["email"]);

  if (request.isSuccess) {
    return (
      <p role="status" className="rounded border border-stone-200 bg-white p-4">
        If an account has this address, we mailed it a link to choose a new password. The link works
        once, for one hour.
      </p>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { email: String(new FormData(event.currentTarget).get("email")).trim() };
    if (errors.check(requestPasswordResetFields, input)) request.mutate(input);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        autoFocus
        error={errors.field("email")}
      />
      <FormError message={errors.formMessage} />
      <Button type="submit" variant="primary" pending={request.isPending} pendingLabel="Sending…">
        Send reset link
      </Button>
      <p className="text-sm text-stone-700">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
