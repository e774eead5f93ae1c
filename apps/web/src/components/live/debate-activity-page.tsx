"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { kindLabel } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ActivityList } from "./activity-list";
import type { ClaimLookup } from "./activity-sentence";
import { LiveIndicator } from "./live-indicator";
import { feedOf } from "./use-activity-feed";
import { useLiveDebate } from "./use-live-debate";

type DebateActivityPageProps = { slug: string; debateId: string };

export function DebateActivityPage(props: DebateActivityPageProps) {
  return <SignedInGate>{() => <DebateActivity {...props} />}</SignedInGate>;
}

/** Everything that happened in one debate, newest first, arriving live. */
function DebateActivity({ slug, debateId }: DebateActivityPageProps) {
  const trpc = useTRPC();
  const live = useLiveDebate(debateId);
  const debate = useQuery(trpc.debate.get.queryOptions({ debateId }));
  const feed = feedOf(
    useInfiniteQuery(
      trpc.debate.activity.infiniteQueryOptions(
        { debateId },
        {
          getNextPageParam: (page) => page.nextCursor,
          refetchInterval: live === "live" ? false : 30_000,
        },
      ),
    ),
  );
  const claims = debate.data?.claims;
  const lookup = useMemo<ClaimLookup>(() => {
    const byId = new Map(
      claims?.map((c) => [c.id, { number: c.number, word: kindLabel(c).toLowerCase() }]),
    );
    return (id) => byId.get(id);
  }, [claims]);
  const question = debate.data?.debate.question;
  useEffect(() => {
    if (question) document.title = `Activity: ${question} · Steelman`;
  }, [question]);

  const error = debate.error ?? feed.error;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb">
        <Link
          href={`/w/${slug}/d/${debateId}`}
          className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
          Back to the debate
        </Link>
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        {question ? <p className="text-pretty text-stone-700">{question}</p> : null}
        <LiveIndicator status={live} />
      </div>
      {error ? <FormError message={getErrorMessage(error)} /> : null}
      {feed.isPending ? (
        <StatusMessage>Loading the activity…</StatusMessage>
      ) : (
        <ActivityList
          events={feed.events}
          lookup={lookup}
          hasMore={feed.hasMore}
          loadingMore={feed.loadingMore}
          onLoadMore={feed.loadMore}
        />
      )}
    </div>
  );
}
