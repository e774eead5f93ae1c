"use client";

import { WORKSPACE_NAME_MAX } from "@steelman/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { useSubmissionKey } from "@/lib/use-submission-key";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const submission = useSubmissionKey();
  const create = useMutation(
    trpc.workspace.create.mutationOptions({
      onSuccess: async (workspace) => {
        submission.succeeded();
        await queryClient.invalidateQueries(trpc.workspace.list.queryFilter());
        router.push(`/w/${workspace.slug}`);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name")).trim();
    create.mutate({ name, idempotencyKey: submission.current() });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <TextField
        label="Workspace name"
        name="name"
        required
        maxLength={WORKSPACE_NAME_MAX}
        hint="A team, a class or a workshop series. You can rename it later."
      />
      <FormError message={create.error ? getErrorMessage(create.error) : null} />
      <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Creating…">
        Create workspace
      </Button>
    </form>
  );
}
