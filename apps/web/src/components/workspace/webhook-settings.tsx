"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { SecretOnce } from "@/components/account/secret-once";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Section } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { WebhookDeliveries } from "./webhook-deliveries";

/** Owners' outgoing webhooks: add one (secret shown once), test, re-enable, remove, read the log. */
export function WebhookSettings({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [openLog, setOpenLog] = useState<string | null>(null);
  const hooks = useQuery(trpc.webhook.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries(trpc.webhook.list.queryFilter());
  const create = useMutation(trpc.webhook.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.webhook.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.webhook.delete.mutationOptions({ onSuccess: refresh }));
  const test = useMutation(
    trpc.webhook.test.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.webhook.deliveries.queryFilter()),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const types = String(data.get("eventTypes"))
      .split(/[\s,]+/)
      .filter((t) => t.length > 0);
    create.mutate({ workspaceId, url: String(data.get("url")), eventTypes: types });
  }

  return (
    <Section
      title="Webhooks"
      description="Steelman POSTs each chosen event, signed with the webhook's secret, to these addresses."
    >
      {hooks.error ? <FormError message={getErrorMessage(hooks.error)} /> : null}
      {hooks.isPending ? <StatusMessage>Loading webhooks…</StatusMessage> : null}
      <ul className="space-y-3">
        {(hooks.data ?? []).map((hook) => (
          <li key={hook.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <p className="break-all font-mono text-sm text-stone-900">{hook.url}</p>
            <p className="text-sm text-stone-600">
              {hook.eventTypes.join(", ")} ·{" "}
              {hook.enabled ? (
                hook.consecutiveFailures > 0 ? (
                  `failing (${hook.consecutiveFailures} in a row), retrying`
                ) : (
                  "active"
                )
              ) : (
                <span className="font-medium text-red-800">disabled after repeated failures</span>
              )}
            </p>
            <div className="flex flex-wrap gap-2">
              {hook.enabled ? null : (
                <Button
                  variant="primary"
                  onClick={() => update.mutate({ workspaceId, webhookId: hook.id, enabled: true })}
                >
                  Re-enable
                </Button>
              )}
              <Button onClick={() => test.mutate({ workspaceId, webhookId: hook.id })}>
                Send a test
              </Button>
              <Button onClick={() => setOpenLog(openLog === hook.id ? null : hook.id)}>
                {openLog === hook.id ? "Hide deliveries" : "Show deliveries"}
              </Button>
              <ConfirmDialog
                trigger={<Button variant="danger">Remove</Button>}
                title="Remove this webhook?"
                description="Nothing more is sent to this address."
                confirmLabel="Remove webhook"
                pendingLabel="Removing…"
                onConfirm={() => remove.mutateAsync({ workspaceId, webhookId: hook.id })}
                errorMessage={getErrorMessage}
              />
            </div>
            {test.data && test.variables?.webhookId === hook.id ? (
              <StatusMessage>
                {test.data.succeeded
                  ? `Test delivered (${test.data.statusCode}).`
                  : `Test failed: ${test.data.error}`}
              </StatusMessage>
            ) : null}
            {openLog === hook.id ? (
              <WebhookDeliveries workspaceId={workspaceId} webhookId={hook.id} />
            ) : null}
          </li>
        ))}
      </ul>
      <FormError message={update.error ? getErrorMessage(update.error) : null} />
      {create.data ? <SecretOnce label="Signing secret" value={create.data.secret} /> : null}
      <form onSubmit={onSubmit} className="max-w-lg space-y-4">
        <TextField
          label="Address"
          name="url"
          type="url"
          placeholder="https://chat.example/hooks/steelman"
          hint="https only (http is accepted for localhost in development)."
          required
        />
        <TextField
          label="Event types"
          name="eventTypes"
          defaultValue="claim.posted, decision.recorded"
          hint="Comma-separated, e.g. claim.posted, objection.resolved; * for every event."
          required
        />
        <FormError message={create.error ? getErrorMessage(create.error) : null} />
        <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Adding…">
          Add webhook
        </Button>
      </form>
    </Section>
  );
}
