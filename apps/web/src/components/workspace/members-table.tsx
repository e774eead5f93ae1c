"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { Section } from "@/components/ui/section";
import { getErrorMessage } from "@/lib/error-message";
import { formatDate } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/roles";
import { type Member, useTRPC } from "@/lib/trpc";
import { MemberRoleSelect } from "./member-role-select";

type MembersTableProps = {
  workspaceId: string;
  workspaceName: string;
  members: Member[];
  currentUserId: string;
  isOwner: boolean;
};

export function MembersTable(props: MembersTableProps) {
  const { workspaceId, workspaceName, members, currentUserId, isOwner } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const removeMember = useMutation(
    trpc.workspace.removeMember.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.workspace.get.queryFilter()),
    }),
  );

  return (
    <Section title="Members" description={`${members.length} in this workspace`}>
      <FormError message={error} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members of {workspaceName}</caption>
          <thead className="border-b border-stone-200 text-stone-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
                Joined
              </th>
              {isOwner ? (
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {members.map((member) => {
              const isMe = member.userId === currentUserId;
              return (
                <tr key={member.userId}>
                  <th scope="row" className="px-4 py-3 font-normal">
                    <span className="block font-medium text-stone-900">
                      {member.displayName}
                      {isMe ? <span className="font-normal text-stone-600"> (you)</span> : null}
                    </span>
                    {member.email ? (
                      <span className="block break-all text-stone-600">{member.email}</span>
                    ) : null}
                  </th>
                  <td className="px-4 py-3">
                    {isOwner ? (
                      <MemberRoleSelect
                        workspaceId={workspaceId}
                        member={member}
                        onError={setError}
                      />
                    ) : (
                      ROLE_LABELS[member.role]
                    )}
                  </td>
                  <td className="hidden px-4 py-3 text-stone-600 sm:table-cell">
                    {formatDate(member.joinedAt)}
                  </td>
                  {isOwner ? (
                    <td className="px-4 py-3 text-right">
                      {isMe ? null : (
                        <ConfirmDialog
                          trigger={
                            <Button variant="quiet" className="px-2.5 text-red-800">
                              Remove<span className="sr-only"> {member.displayName}</span>
                            </Button>
                          }
                          title={`Remove ${member.displayName}?`}
                          description={`${member.displayName} will lose access to ${workspaceName}. What they wrote stays in the record.`}
                          confirmLabel="Remove member"
                          pendingLabel="Removing…"
                          onConfirm={() =>
                            removeMember.mutateAsync({ workspaceId, userId: member.userId })
                          }
                          errorMessage={getErrorMessage}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
