"use client";

import { createDebateFields, DESCRIPTION_MAX } from "@steelman/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { LimitedTextArea, overLimitReason } from "@/components/ui/limited-text-area";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useSubmissionKey } from "@/lib/use-submission-key";

export function OpenDebateForm({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const submission = useSubmissionKey();
  // The words are kept as a draft; the settings are quick to tick again.
  const draft = useDraft(`debate:${workspaceId}:new`, { question: "", description: "" });
  const { question, description } = draft.value;
  const tooLong = overLimitReason(description, DESCRIPTION_MAX);
  const create = useMutation(
    trpc.debate.create.mutationOptions({
      onSuccess: async (debate) => {
        submission.succeeded();
        draft.clear();
        await queryClient.invalidateQueries(trpc.debate.list.queryFilter({ workspaceId }));
        router.push(`/w/${slug}/d/${debate.id}`);
      },
    }),
  );
  const errors = useFieldErrors(create.error, ["question", "description"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tooLong) return;
    const form = new FormData(event.currentTarget);
    const input = {
      workspaceId,
      question: question.trim(),
      description: description.trim(),
      anonymous: form.get("anonymous") === "on",
      hideTallies: form.get("hideTallies") === "on",
      membersMayPropose: form.get("membersMayPropose") === "on",
      claimVotesOnlyInVoting: form.get("claimVotesOnlyInVoting") === "on",
      guestsSeeGroups: form.get("guestsSeeGroups") === "on",
      idempotencyKey: submission.current(),
    };
    if (errors.check(createDebateFields, input)) create.mutate(input);
  }

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4"
      aria-labelledby="open-debate-heading"
      noValidate
    >
      <h3 id="open-debate-heading" className="font-semibold">
        Open a debate
      </h3>
      <TextField
        label="Question"
        name="question"
        required
        value={question}
        onChange={(event) => draft.setValue((now) => ({ ...now, question: event.target.value }))}
        error={errors.field("question")}
        hint={
          <>
            The question or motion people will answer, such as “Should we adopt a four-day week?”
            {draft.saved ? " Draft saved." : null}
          </>
        }
      />
      <LimitedTextArea
        label="Description"
        name="description"
        value={description}
        onValueChange={(value) => draft.setValue((now) => ({ ...now, description: value }))}
        error={errors.field("description")}
        max={DESCRIPTION_MAX}
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
      <CheckboxField
        label="Guests may see the opinion groups"
        name="guestsSeeGroups"
        hint="Members and observers always can; nobody sees who is in which group."
      />
      <FormError message={errors.formMessage} />
      <Button
        type="submit"
        variant="primary"
        pending={create.isPending}
        pendingLabel="Opening…"
        disabled={tooLong !== null}
      >
        Open debate
      </Button>
    </form>
  );
}
