"use client";

import { createInvitationFields } from "@steelman/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { formatDateTime } from "@/lib/format-time";
import { invitableRoles, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/roles";
import { type Role, type RouterOutputs, useTRPC } from "@/lib/trpc";
import { useFieldErrors } from "@/lib/use-field-errors";
import { CopyField } from "./copy-field";

const EXPIRY_OPTIONS = [
  { hours: 24, label: "1 day" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
] as const;

type CreatedInvitation = RouterOutputs["invitation"]["create"];

export function CreateInvitationForm({
  workspaceId,
  myRole,
}: {
  workspaceId: string;
  myRole: Role;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roles = invitableRoles(myRole);
  const [role, setRole] = useState<Role>("member");
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const create = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (invitation) => {
        setCreated(invitation);
        return queryClient.invalidateQueries(trpc.invitation.list.queryFilter({ workspaceId }));
      },
    }),
  );

  const errors = useFieldErrors(create.error, ["role", "expiresInHours"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setCreated(null);
    const input = { workspaceId, role, expiresInHours: Number(form.get("expiresInHours")) };
    if (errors.check(createInvitationFields, input)) create.mutate(input);
  }

  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Invite as"
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            hint={`${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}.`}
            error={errors.field("role")}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Link expires after"
            name="expiresInHours"
            defaultValue="168"
            error={errors.field("expiresInHours")}
          >
            {EXPIRY_OPTIONS.map((option) => (
              <option key={option.hours} value={option.hours}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
        <FormError message={errors.formMessage} />
        <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Creating…">
          Create invite link
        </Button>
      </form>
      {created ? (
        <div className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <CopyField
            label="Invite link"
            value={`${window.location.origin}/invite/${created.token}`}
          />
          <p className="text-sm text-stone-700">
            One person can use this link to join as{" "}
            <strong className="font-medium">{ROLE_LABELS[created.role]}</strong> until{" "}
            {formatDateTime(created.expiresAt)}. It is shown only now: copy it before leaving the
            page.
          </p>
        </div>
      ) : null}
    </div>
  );
}
