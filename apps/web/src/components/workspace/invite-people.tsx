"use client";

import { Section } from "@/components/ui/section";
import type { Role } from "@/lib/trpc";
import { CreateInvitationForm } from "./create-invitation-form";
import { InvitationList } from "./invitation-list";

export function InvitePeople({ workspaceId, myRole }: { workspaceId: string; myRole: Role }) {
  return (
    <Section
      title="Invite people"
      description="Create a single-use link and send it to the person you want to invite."
    >
      <CreateInvitationForm workspaceId={workspaceId} myRole={myRole} />
      <InvitationList workspaceId={workspaceId} />
    </Section>
  );
}
