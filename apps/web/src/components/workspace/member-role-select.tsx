"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { InlineSelect } from "@/components/ui/field";
import { ROLE_LABELS, ROLES } from "@/lib/roles";
import { type Member, type Role, useTRPC } from "@/lib/trpc";

type MemberRoleSelectProps = {
  workspaceId: string;
  member: Member;
  onError: (message: string | null) => void;
};

/**
 * An owner's control for one member's role. Shows the chosen role while saving;
 * if the server refuses, it goes back to the stored role and the reason is shown.
 */
export function MemberRoleSelect({ workspaceId, member, onError }: MemberRoleSelectProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pendingRole, setPendingRole] = useState<Role | null>(null);
  const latestRole = useRef<Role | null>(null);
  const changeRole = useMutation(
    trpc.workspace.changeRole.mutationOptions({
      // Arrow keys on a focused select fire one change per press: apply them in order.
      scope: { id: `change-role-${member.userId}` },
      onMutate: () => onError(null),
      onError: (error) => onError(`${member.displayName}: ${error.message}`),
      onSettled: async (_data, _error, variables) => {
        await queryClient.invalidateQueries(trpc.workspace.get.queryFilter());
        // Only the last of several quick changes decides what the select shows.
        if (variables.role === latestRole.current) setPendingRole(null);
      },
    }),
  );

  return (
    <InlineSelect
      aria-label={`Role for ${member.displayName}`}
      value={pendingRole ?? member.role}
      aria-busy={changeRole.isPending || undefined}
      onChange={(event) => {
        const role = event.target.value as Role;
        latestRole.current = role;
        setPendingRole(role);
        changeRole.mutate({ workspaceId, userId: member.userId, role });
      }}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </InlineSelect>
  );
}
