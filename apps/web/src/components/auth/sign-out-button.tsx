"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

export function SignOutButton() {
  const trpc = useTRPC();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // A full load drops every cached answer that belonged to this person.
      onSuccess: () => window.location.assign("/"),
    }),
  );
  return (
    <>
      <Button
        variant="quiet"
        className="px-2.5"
        pending={signOut.isPending}
        pendingLabel="Signing out…"
        onClick={() => signOut.mutate()}
      >
        <LogOut aria-hidden="true" className="size-4" />
        Sign out
      </Button>
      {signOut.error ? (
        <span role="alert" className="text-sm text-red-800">
          {getErrorMessage(signOut.error)}
        </span>
      ) : null}
    </>
  );
}
