"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { useTRPC } from "@/lib/trpc";
import { SecretOnce } from "./secret-once";

/** Personal API tokens: create one (shown once), see when each was last used, revoke. */
export function ApiTokenList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.apiToken.list.queryOptions());
  const workspaces = useQuery(trpc.workspace.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.apiToken.list.queryFilter());
  const create = useMutation(trpc.apiToken.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.apiToken.revoke.mutationOptions({ onSuccess: refresh }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    create.mutate({
      name: String(data.get("name")),
      workspaceId: String(data.get("workspaceId")),
      scope: data.get("scope") === "write" ? "write" : "read",
    });
  }

  if (tokens.error) return <FormError message={getErrorMessage(tokens.error)} />;
  if (tokens.isPending || workspaces.isPending) {
    return <StatusMessage>Loading your API tokens…</StatusMessage>;
  }

  return (
    <div className="space-y-6">
      {tokens.data.length === 0 ? (
        <p className="text-sm text-stone-600">You have no API tokens.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {tokens.data.map((token) => (
            <li key={token.id} className="flex flex-wrap items-start gap-3 px-4 py-3">
              <div className="min-w-0 flex-1 space-y-0.5 text-sm">
                <p id={`token-${token.id}`} className="font-medium text-stone-900">
                  {token.name}{" "}
                  <span className="font-mono text-xs text-stone-600">{token.prefix}…</span>
                </p>
                <p className="text-stone-600">
                  {token.scope === "write" ? "Read and write" : "Read only"} ·{" "}
                  {token.workspace.name} · created {formatDateTime(token.createdAt)} ·{" "}
                  {token.lastUsedAt
                    ? `last used ${formatRelative(token.lastUsedAt)}`
                    : "never used"}
                </p>
              </div>
              <ConfirmDialog
                trigger={
                  <Button variant="secondary" aria-describedby={`token-${token.id}`}>
                    Revoke
                  </Button>
                }
                title={`Revoke “${token.name}”?`}
                description="Anything using this token stops working at once."
                confirmLabel="Revoke token"
                pendingLabel="Revoking…"
                onConfirm={() => revoke.mutateAsync({ tokenId: token.id })}
                errorMessage={getErrorMessage}
              />
            </li>
          ))}
        </ul>
      )}
      {create.data ? <SecretOnce label="Your new API token" value={create.data.token} /> : null}
      <form onSubmit={onSubmit} className="max-w-sm space-y-4">
        <TextField
          label="Token name"
          name="name"
          hint="What will use it, e.g. “Chat bot”."
          required
        />
        <SelectField label="Workspace" name="workspaceId" required>
          {(workspaces.data ?? []).map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Access" name="scope" defaultValue="read">
          <option value="read">Read only</option>
          <option value="write">Read and write</option>
        </SelectField>
        <FormError message={create.error ? getErrorMessage(create.error) : null} />
        <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Creating…">
          Create token
        </Button>
      </form>
    </div>
  );
}
