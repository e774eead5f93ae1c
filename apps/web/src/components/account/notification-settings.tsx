"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

const LEVELS = [
  { value: "all", label: "Everything" },
  { value: "mine", label: "Only what concerns me" },
  { value: "none", label: "Nothing" },
] as const;

const EMAIL_MODES = [
  { value: "immediate", label: "Email each one" },
  { value: "digest", label: "Daily digest email" },
  { value: "off", label: "No email" },
] as const;

/** Per workspace: what this person is notified of there, and how by email. */
export function NotificationSettings() {
  const trpc = useTRPC();
  const workspaces = useQuery(trpc.workspace.list.queryOptions());
  if (workspaces.error) return <FormError message={getErrorMessage(workspaces.error)} />;
  if (workspaces.isPending) return <StatusMessage>Loading your workspaces…</StatusMessage>;
  if (workspaces.data.length === 0)
    return <StatusMessage>You are in no workspace yet.</StatusMessage>;
  return (
    <ul className="space-y-3">
      {workspaces.data.map((workspace) => (
        <WorkspaceLevel key={workspace.id} workspaceId={workspace.id} name={workspace.name} />
      ))}
    </ul>
  );
}

function WorkspaceLevel({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const level = useQuery(trpc.notification.level.queryOptions({ workspaceId }));
  const save = useMutation(
    trpc.notification.setLevel.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries(trpc.notification.level.queryFilter({ workspaceId })),
    }),
  );
  const id = `notify-${workspaceId}`;
  return (
    <li className="flex flex-wrap items-center gap-3">
      <label htmlFor={id} className="min-w-40 font-medium">
        {name}
      </label>
      <select
        id={id}
        className="rounded border border-stone-300 px-2 py-1"
        value={level.data?.level ?? "all"}
        disabled={level.isPending || save.isPending}
        onChange={(event) =>
          save.mutate({
            workspaceId,
            level: event.target.value as (typeof LEVELS)[number]["value"],
          })
        }
      >
        {LEVELS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <EmailMode workspaceId={workspaceId} name={name} />
      {save.error ? <FormError message={getErrorMessage(save.error)} /> : null}
    </li>
  );
}

function EmailMode({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mode = useQuery(trpc.notification.emailMode.queryOptions({ workspaceId }));
  const save = useMutation(
    trpc.notification.setEmailMode.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries(trpc.notification.emailMode.queryFilter({ workspaceId })),
    }),
  );
  // A server without SMTP sends no mail: the choice would mean nothing.
  if (!mode.data?.emailAvailable) return null;
  return (
    <>
      <select
        aria-label={`Email for ${name}`}
        className="rounded border border-stone-300 px-2 py-1"
        value={mode.data.emailMode}
        disabled={save.isPending}
        onChange={(event) =>
          save.mutate({
            workspaceId,
            emailMode: event.target.value as (typeof EMAIL_MODES)[number]["value"],
          })
        }
      >
        {EMAIL_MODES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {save.error ? <FormError message={getErrorMessage(save.error)} /> : null}
    </>
  );
}
