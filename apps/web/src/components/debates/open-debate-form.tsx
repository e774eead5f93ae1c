"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

export function OpenDebateForm({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(
    trpc.debate.create.mutationOptions({
      onSuccess: async (debate) => {
        await queryClient.invalidateQueries(trpc.debate.list.queryFilter({ workspaceId }));
        router.push(`/w/${slug}/d/${debate.id}`);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      workspaceId,
      question: String(form.get("question")).trim(),
      description: String(form.get("description")).trim(),
      anonymous: form.get("anonymous") === "on",
      hideTallies: form.get("hideTallies") === "on",
      membersMayPropose: form.get("membersMayPropose") === "on",
      claimVotesOnlyInVoting: form.get("claimVotesOnlyInVoting") === "on",
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="open-debate-heading">
      <h3 id="open-debate-heading" className="font-semibold">
        Open a debate
      </h3>
      <TextField
        label="Question"
        name="question"
        required
        minLength={3}
        maxLength={300}
        hint="The question or motion people will answer, such as “Should we adopt a four-day week?”"
      />
      <TextAreaField
        label="Description"
        name="description"
        maxLength={5000}
        rows={3}
        hint="Optional: the background people need to take part."
      />
      <CheckboxField
        label="Anonymous"
        name="anonymous"
        hint="Members and observers do not see who wrote what; facilitators and owners still do."
      />
      <CheckboxField
        label="Hide vote tallies until voting ends"
        name="hideTallies"
        hint="Avoids anchoring: participants see the counts once the debate is decided; facilitators always do."
      />
      <CheckboxField
        label="Votes on claims only in the voting phase"
        name="claimVotesOnlyInVoting"
      />
      <CheckboxField
        label="Members may put proposals to the group"
        name="membersMayPropose"
        hint="Otherwise only facilitators and owners can."
      />
      <FormError message={create.error ? getErrorMessage(create.error) : null} />
      <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Opening…">
        Open debate
      </Button>
    </form>
  );
}
