"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { DebatesSection } from "@/components/debates/debates-section";
import { ImportDebateForm } from "@/components/debates/import-debate-form";
import { DecisionLogLink } from "@/components/decisions/decision-log-link";
import { WorkspaceActivityLink } from "@/components/live/workspace-activity-link";
import { WorkspaceSearchLink } from "@/components/search/workspace-search-link";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { canInvite, ROLE_LABELS } from "@/lib/roles";
import { useTRPC } from "@/lib/trpc";
import { InvitePeople } from "./invite-people";
import { LeaveWorkspace } from "./leave-workspace";
import { MembersTable } from "./members-table";
import { WebhookSettings } from "./webhook-settings";
import { WorkspaceArchiveDownload } from "./workspace-archive-download";
import { WorkspaceName } from "./workspace-name";

export function WorkspaceHome({ slug }: { slug: string }) {
  return <SignedInGate>{(user) => <WorkspaceDetails slug={slug} userId={user.id} />}</SignedInGate>;
}

function WorkspaceDetails({ slug, userId }: { slug: string; userId: string }) {
  const trpc = useTRPC();
  const workspace = useQuery(trpc.workspace.get.queryOptions({ slug }));
  const name = workspace.data?.name;

  useEffect(() => {
    if (name) document.title = `${name} · Steelman`;
  }, [name]);

  if (workspace.error) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Workspace unavailable</h1>
        <FormError message={getErrorMessage(workspace.error)} />
        <Link href="/workspaces" className="font-medium underline">
          Back to your workspaces
        </Link>
      </div>
    );
  }
  if (workspace.isPending) return <StatusMessage>Loading workspace…</StatusMessage>;

  const { id, role, members } = workspace.data;
  const isOwner = role === "owner";

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <WorkspaceName workspaceId={id} name={workspace.data.name} canRename={isOwner} />
        <p className="text-sm text-stone-600">Your role here: {ROLE_LABELS[role]}</p>
        <div className="flex flex-wrap gap-2">
          <DecisionLogLink slug={slug} />
          <WorkspaceActivityLink slug={slug} />
          <WorkspaceSearchLink slug={slug} />
        </div>
      </div>
      <DebatesSection workspaceId={id} slug={slug} role={role} />
      {canInvite(role) ? <ImportDebateForm workspaceId={id} slug={slug} /> : null}
      <MembersTable
        workspaceId={id}
        workspaceName={workspace.data.name}
        members={members}
        currentUserId={userId}
        isOwner={isOwner}
      />
      {canInvite(role) ? <InvitePeople workspaceId={id} myRole={role} /> : null}
      {isOwner ? <WebhookSettings workspaceId={id} /> : null}
      {isOwner ? <WorkspaceArchiveDownload slug={slug} /> : null}
      <LeaveWorkspace workspaceId={id} name={workspace.data.name} />
    </div>
  );
}
