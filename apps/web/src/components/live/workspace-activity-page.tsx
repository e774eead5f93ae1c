"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { useWorkspacePage, WorkspaceBreadcrumb } from "@/components/workspace/workspace-subpage";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ActivityList } from "./activity-list";
import { feedOf } from "./use-activity-feed";

/** A workspace has no live stream of its own: its feed refreshes on this beat. */
const REFRESH_MS = 30_000;

export function WorkspaceActivityPage({ slug }: { slug: string }) {
  return <SignedInGate>{() => <WorkspaceActivityLoader slug={slug} />}</SignedInGate>;
}

function WorkspaceActivityLoader({ slug }: { slug: string }) {
  const workspace = useWorkspacePage(slug, "Activity");
  const name = workspace.data?.name;

  return (
    <div className="space-y-6">
      <WorkspaceBreadcrumb slug={slug} name={name} />
      <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
      {workspace.error ? <FormError message={getErrorMessage(workspace.error)} /> : null}
      {workspace.isPending ? <StatusMessage>Loading the workspace…</StatusMessage> : null}
      {workspace.data ? <WorkspaceFeed slug={slug} workspaceId={workspace.data.id} /> : null}
    </div>
  );
}

/** Every debate's events in one list, newest first, each linked to its debate. */
function WorkspaceFeed({ slug, workspaceId }: { slug: string; workspaceId: string }) {
  const trpc = useTRPC();
  const feed = feedOf(
    useInfiniteQuery(
      trpc.workspace.activity.infiniteQueryOptions(
        { workspaceId },
        { getNextPageParam: (page) => page.nextCursor, refetchInterval: REFRESH_MS },
      ),
    ),
  );
  if (feed.error) return <FormError message={getErrorMessage(feed.error)} />;
  if (feed.isPending) return <StatusMessage>Loading the activity…</StatusMessage>;
  return (
    <ActivityList
      events={feed.events}
      debateHref={(debateId) => `/w/${slug}/d/${debateId}`}
      hasMore={feed.hasMore}
      loadingMore={feed.loadingMore}
      onLoadMore={feed.loadMore}
    />
  );
}
