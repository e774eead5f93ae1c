"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useDebate } from "@/components/debate/debate-context";
import { CheckboxField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { DebateView } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

/** The workshop setting that opens the opinion groups to guests (members and observers always see them). */
export function GroupsVisibility({ view }: { view: DebateView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId, announce, writable } = useDebate();
  const update = useMutation(
    trpc.debate.update.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries(trpc.debate.get.queryFilter({ debateId }));
        announce(
          saved.guestsSeeGroups
            ? "Guests can now see the opinion groups."
            : "Guests no longer see the opinion groups.",
        );
      },
    }),
  );
  return (
    <section aria-labelledby="groups-visibility-heading" className="space-y-3">
      <h3 id="groups-visibility-heading" className="font-semibold tracking-tight">
        Opinion groups
      </h3>
      <CheckboxField
        label="Guests may see the opinion groups"
        hint="Members and observers always can; nobody sees who is in which group."
        checked={view.debate.guestsSeeGroups}
        disabled={!writable || update.isPending}
        onChange={(event) => update.mutate({ debateId, guestsSeeGroups: event.target.checked })}
      />
      <FormError message={update.error ? getErrorMessage(update.error) : null} />
    </section>
  );
}
