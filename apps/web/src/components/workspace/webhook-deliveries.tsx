"use client";

import { useQuery } from "@tanstack/react-query";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime } from "@/lib/format-time";
import { useTRPC } from "@/lib/trpc";

/** The last deliveries of one webhook: what was sent, how the receiver answered. */
export function WebhookDeliveries({
  workspaceId,
  webhookId,
}: {
  workspaceId: string;
  webhookId: string;
}) {
  const trpc = useTRPC();
  const deliveries = useQuery(trpc.webhook.deliveries.queryOptions({ workspaceId, webhookId }));
  if (deliveries.error) return <FormError message={getErrorMessage(deliveries.error)} />;
  if (deliveries.isPending) return <StatusMessage>Loading deliveries…</StatusMessage>;
  if (deliveries.data.length === 0) {
    return <p className="text-sm text-stone-600">Nothing delivered yet.</p>;
  }
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Recent deliveries</caption>
      <thead className="text-stone-600">
        <tr>
          <th scope="col">When</th>
          <th scope="col">Event</th>
          <th scope="col">Attempt</th>
          <th scope="col">Answer</th>
          <th scope="col">Time</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.data.map((d) => (
          <tr key={d.id} className="border-t border-stone-200">
            <td>{formatDateTime(d.createdAt)}</td>
            <td className="font-mono text-xs">{d.eventType}</td>
            <td>{d.attempt}</td>
            <td className={d.succeeded ? "text-emerald-800" : "text-red-800"}>
              {d.statusCode ?? "—"} {d.error ?? ""}
            </td>
            <td>{d.durationMs} ms</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
