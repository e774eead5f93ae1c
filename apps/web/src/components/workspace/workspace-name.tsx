"use client";

import { createWorkspaceFields } from "@steelman/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useTRPC } from "@/lib/trpc";
import { useFieldErrors } from "@/lib/use-field-errors";

type WorkspaceNameProps = { workspaceId: string; name: string; canRename: boolean };

/** The workspace's name as the page heading; owners can rename it in place. */
export function WorkspaceName({ workspaceId, name, canRename }: WorkspaceNameProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const rename = useMutation(
    trpc.workspace.rename.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.workspace.get.queryFilter()),
          queryClient.invalidateQueries(trpc.workspace.list.queryFilter()),
        ]);
        setEditing(false);
      },
    }),
  );

  const errors = useFieldErrors(rename.error, ["name"]);
  const renameFields = createWorkspaceFields.pick({ name: true });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("name")).trim();
    if (errors.check(renameFields, { name: next })) rename.mutate({ workspaceId, name: next });
  }

  if (editing) {
    return (
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <h1 className="sr-only">{name}</h1>
        <TextField
          label="Workspace name"
          name="name"
          defaultValue={name}
          required
          autoFocus
          error={errors.field("name")}
        />
        <FormError message={errors.formMessage} />
        <div className="flex gap-2">
          <Button type="submit" variant="primary" pending={rename.isPending} pendingLabel="Saving…">
            Save name
          </Button>
          <Button
            onClick={() => {
              rename.reset();
              setEditing(false);
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 className="text-2xl font-semibold tracking-tight break-words">{name}</h1>
      {canRename ? (
        <Button variant="quiet" className="px-2.5" onClick={() => setEditing(true)}>
          <Pencil aria-hidden="true" className="size-4" />
          Rename
        </Button>
      ) : null}
    </div>
  );
}
