"use client";

import type { ReactNode } from "react";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import type { RouterOutputs } from "@/lib/trpc";
import { useRequireUser } from "./use-current-user";

type User = NonNullable<RouterOutputs["auth"]["me"]>;

/** Renders its children only for a signed-in person; others are sent to sign in. */
export function SignedInGate({ children }: { children: (user: User) => ReactNode }) {
  const { user, isPending, error } = useRequireUser();
  if (error) return <FormError message={getErrorMessage(error)} />;
  if (isPending || !user) return <StatusMessage>Loading…</StatusMessage>;
  return <>{children(user)}</>;
}
