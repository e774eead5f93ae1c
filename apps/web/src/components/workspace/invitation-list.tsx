"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime, formatShortDateTime } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/roles";
import { useTRPC } from "@/lib/trpc";
import { InvitationStatusLabel } from "./invitation-status";

export function InvitationList({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitation.list.queryOptions({ workspaceId }));
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries(trpc.invitation.list.queryFilter({ workspaceId })),
    }),
  );

  if (invitations.error) return <FormError message={getErrorMessage(invitations.error)} />;
  if (invitations.isPending) return <StatusMessage>Loading invitations…</StatusMessage>;
  if (invitations.data.length === 0) {
    return <p className="text-sm text-stone-600">No invitations yet.</p>;
  }

  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-3 text-left font-medium text-stone-800">Invitations</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
              Created by
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Expires
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {invitations.data.map((invitation) => (
            <tr key={invitation.id}>
              <td className="px-3 py-3">{ROLE_LABELS[invitation.role]}</td>
              <td className="hidden px-3 py-3 text-stone-700 sm:table-cell">
                {invitation.createdBy.displayName}
                <span className="block text-stone-500">
                  {formatShortDateTime(invitation.createdAt)}
                </span>
              </td>
              <td className="px-3 py-3 text-stone-700">
                <time
                  dateTime={invitation.expiresAt.toISOString()}
                  title={formatDateTime(invitation.expiresAt)}
                >
                  {formatShortDateTime(invitation.expiresAt)}
                </time>
              </td>
              <td className="px-3 py-3">
                <InvitationStatusLabel status={invitation.status} />
              </td>
              <td className="px-3 py-3 text-right">
                {invitation.status === "pending" ? (
                  <ConfirmDialog
                    trigger={
                      <Button variant="quiet" className="px-2.5 text-red-800">
                        Revoke
                        <span className="sr-only">
                          {" "}
                          {ROLE_LABELS[invitation.role]} invitation created{" "}
                          {formatDateTime(invitation.createdAt)}
                        </span>
                      </Button>
                    }
                    title="Revoke this invitation?"
                    description="The link will stop working. Nobody who already joined is affected."
                    confirmLabel="Revoke invitation"
                    pendingLabel="Revoking…"
                    onConfirm={() =>
                      revoke.mutateAsync({ workspaceId, invitationId: invitation.id })
                    }
                    errorMessage={getErrorMessage}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
