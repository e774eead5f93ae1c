"use client";

import { createWorkspaceFields } from "@steelman/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useSubmissionKey } from "@/lib/use-submission-key";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const submission = useSubmissionKey();
  const draft = useDraft("workspace:new", "");
  const create = useMutation(
    trpc.workspace.create.mutationOptions({
      onSuccess: async (workspace) => {
        submission.succeeded();
        draft.clear();
        await queryClient.invalidateQueries(trpc.workspace.list.queryFilter());
        router.push(`/w/${workspace.slug}`);
      },
    }),
  );
  const errors = useFieldErrors(create.error, ["name"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { name: draft.value.trim(), idempotencyKey: submission.current() };
    if (errors.check(createWorkspaceFields, input)) create.mutate(input);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField
        label="Workspace name"
        name="name"
        required
        value={draft.value}
        onChange={(event) => draft.setValue(event.target.value)}
        error={errors.field("name")}
        hint={
          <>
            A team, a class or a workshop series. You can rename it later.
            {draft.saved ? " Draft saved." : null}
          </>
        }
      />
      <FormError message={errors.formMessage} />
      <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Creating…">
        Create workspace
      </Button>
    </form>
  );
}
