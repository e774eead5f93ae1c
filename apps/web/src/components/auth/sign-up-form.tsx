"use client";

import { PASSWORD_MAX, PASSWORD_MIN, signUpFields } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { withReturnPath } from "@/lib/return-path";
import { useTRPC } from "@/lib/trpc";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useCurrentUser } from "./use-current-user";
import { useSessionChange } from "./use-session-change";

export function SignUpForm({ next }: { next: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const onSessionChange = useSessionChange();
  const { user } = useCurrentUser();
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: (result) => {
        // With email on, the account waits for its address to be confirmed.
        if ("checkEmail" in result) return;
        onSessionChange(result);
        router.push(next);
      },
    }),
  );

  const errors = useFieldErrors(signUp.error, ["displayName", "email", "password"]);

  useEffect(() => {
    if (user && !signUp.isPending && !signUp.isSuccess) router.replace(next);
  }, [user, next, router, signUp.isPending, signUp.isSuccess]);

  if (signUp.data && "checkEmail" in signUp.data) {
    return (
      <p role="status" className="rounded border border-stone-200 bg-white p-4">
        Check your inbox: we sent a link to confirm your address. Open it, then sign in. (If the
        address already has an account, we mailed its owner instead.)
      </p>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      displayName: String(form.get("displayName")).trim(),
      email: String(form.get("email")).trim(),
      password: String(form.get("password")),
      next,
    };
    if (errors.check(signUpFields, input)) signUp.mutate(input);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        hint="How others see you in debates."
        required
        autoFocus
        error={errors.field("displayName")}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={errors.field("email")}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        required
        error={errors.field("password")}
      />
      <FormError message={errors.formMessage} />
      <Button
        type="submit"
        variant="primary"
        pending={signUp.isPending}
        pendingLabel="Creating account…"
      >
        Create account
      </Button>
      <p className="text-sm text-stone-700">
        Already have an account?{" "}
        <Link href={withReturnPath("/sign-in", next)} className="font-medium underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
