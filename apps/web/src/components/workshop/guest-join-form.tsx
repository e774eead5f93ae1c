"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useCurrentUser } from "@/components/auth/use-current-user";
import { useSessionChange } from "@/components/auth/use-session-change";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

type ContinueAs = { as: "member" | "guest"; displayName: string };

/**
 * A display name is all a guest gives; joining starts a session that reaches
 * this one debate. A browser that already takes part (a member, or this
 * debate's guest) continues as itself: no name asked, no new guest made.
 */
export function GuestJoinForm({
  code,
  continueAs,
}: {
  code: string;
  continueAs: ContinueAs | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const onSessionChange = useSessionChange();
  const { user } = useCurrentUser();
  const join = useMutation(
    trpc.guest.join.mutationOptions({
      onSuccess: async ({ debateId, workspaceSlug }) => {
        const me = await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        if (me) onSessionChange(me);
        router.push(`/w/${workspaceSlug}/d/${debateId}`);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = continueAs
      ? continueAs.displayName
      : String(new FormData(event.currentTarget).get("displayName")).trim();
    join.mutate({ code, displayName });
  }

  if (continueAs) {
    return (
      <form onSubmit={onSubmit} className="space-y-5">
        <p className="text-sm text-stone-700">
          {continueAs.as === "member"
            ? `You are signed in as ${continueAs.displayName}, a member of this workspace: you take part as yourself.`
            : `This browser already joined as ${continueAs.displayName}: you continue as the same guest.`}
        </p>
        <FormError message={join.error ? getErrorMessage(join.error) : null} />
        <Button type="submit" variant="primary" pending={join.isPending} pendingLabel="Opening…">
          Continue as {continueAs.displayName}
        </Button>
      </form>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <TextField
        label="Your name"
        name="displayName"
        autoComplete="name"
        hint="Shown to the others beside what you post."
        required
        autoFocus
      />
      {user ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {user.isGuest
            ? `You are signed in as ${user.displayName}, a guest of another debate. Joining this one makes you a new guest here.`
            : `You are signed in as ${user.displayName}. Members of this workspace take part as themselves; to join as a guest, sign out first.`}
        </p>
      ) : null}
      <FormError message={join.error ? getErrorMessage(join.error) : null} />
      <Button type="submit" variant="primary" pending={join.isPending} pendingLabel="Joining…">
        Join the debate
      </Button>
    </form>
  );
}
