"use client";

import { signInFields } from "@steelman/api/schemas";
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

export function SignInForm({ next }: { next: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const onSessionChange = useSessionChange();
  const { user } = useCurrentUser();
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (me) => {
        onSessionChange(me);
        router.push(next);
      },
    }),
  );

  const errors = useFieldErrors(signIn.error, ["email", "password"]);

  // Already signed in (say, a second tab): go on to where they were headed.
  useEffect(() => {
    if (user && !signIn.isPending && !signIn.isSuccess) router.replace(next);
  }, [user, next, router, signIn.isPending, signIn.isSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email")), password: String(form.get("password")) };
    if (errors.check(signInFields, input)) signIn.mutate(input);
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
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.field("password")}
      />
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot password?
        </Link>
      </p>
      <FormError message={errors.formMessage} />
      <Button type="submit" variant="primary" pending={signIn.isPending} pendingLabel="Signing in…">
        Sign in
      </Button>
      <p className="text-sm text-stone-700">
        New here?{" "}
        <Link href={withReturnPath("/sign-up", next)} className="font-medium underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
