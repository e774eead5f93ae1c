"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { withReturnPath } from "@/lib/return-path";
import { useTRPC } from "@/lib/trpc";

/** The link mailed at sign-up: one click confirms the address (not on load: mail scanners open links). */
export function VerifyEmailView({ token, next }: { token: string; next: string }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());
  if (verify.isSuccess) {
    return (
      <p role="status">
        Your address is confirmed.{" "}
        <Link href={withReturnPath("/sign-in", next)} className="font-medium underline">
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-stone-700">
        Confirm that this email address is yours to finish signing up.
      </p>
      <Button
        variant="primary"
        disabled={!token}
        pending={verify.isPending}
        pendingLabel="Confirming…"
        onClick={() => verify.mutate({ token })}
      >
        Confirm my address
      </Button>
      {!token ? <FormError message="This confirmation link is incomplete." /> : null}
      {verify.error ? <FormError message={getErrorMessage(verify.error)} /> : null}
    </div>
  );
}
