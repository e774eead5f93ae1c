"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { serverOffsetMs } from "@/components/live/server-clock";
import { useLiveDebate } from "@/components/live/use-live-debate";
import { useClaimFromHash } from "@/components/map/use-claim-from-hash";
import { ProposalsSection } from "@/components/proposals/proposals-section";
import { DebateSearch } from "@/components/search/debate-search";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { PhaseBar } from "@/components/workshop/phase-bar";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ClaimOutline } from "./claim-outline";
import { DebateProvider } from "./debate-context";
import { DebateHeader } from "./debate-header";
import { UnansweredPanel } from "./unanswered-panel";
import { UnansweredSummary } from "./unanswered-summary";

// Live updates arrive over SSE; while they cannot, a quiet poll keeps the page current.
const REFRESH_MS = 30_000;

export function DebatePage({ slug, debateId }: { slug: string; debateId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Asked for together with the signed-in check, not after it: one round trip less before the outline.
  useEffect(() => {
    void queryClient.prefetchQuery(trpc.debate.get.queryOptions({ debateId }));
  }, [queryClient, trpc, debateId]);
  return <SignedInGate>{() => <DebateLoader slug={slug} debateId={debateId} />}</SignedInGate>;
}

function DebateLoader({ slug, debateId }: { slug: string; debateId: string }) {
  const trpc = useTRPC();
  const live = useLiveDebate(debateId);
  const debate = useQuery(
    trpc.debate.get.queryOptions(
      { debateId },
      { refetchInterval: live === "live" ? false : REFRESH_MS },
    ),
  );
  useClaimFromHash(debate.isSuccess);
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => {
    // Clear first, so the same words twice in a row are announced twice.
    setAnnouncement("");
    window.setTimeout(() => setAnnouncement(message), 50);
  }, []);
  const question = debate.data?.debate.question;

  useEffect(() => {
    if (question) document.title = `${question} · Steelman`;
  }, [question]);

  if (debate.error) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Debate unavailable</h1>
        <FormError message={getErrorMessage(debate.error)} />
        <Link href={`/w/${slug}`} className="font-medium underline">
          Back to the workspace
        </Link>
      </div>
    );
  }
  if (debate.isPending) return <StatusMessage>Loading the debate…</StatusMessage>;

  return (
    <DebateProvider view={debate.data} announce={announce}>
      <div data-layout="wide" className="space-y-8">
        <DebateHeader
          slug={slug}
          view={debate.data}
          bar={
            <PhaseBar
              slug={slug}
              view={debate.data}
              offsetMs={serverOffsetMs(debate.data.serverNow, debate.dataUpdatedAt)}
              live={live}
            />
          }
        />
        <UnansweredSummary view={debate.data} />
        <DebateSearch debateId={debateId} />
        <ProposalsSection slug={slug} />
        <div className="grid items-start gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <ClaimOutline claims={debate.data.claims} />
          <UnansweredPanel view={debate.data} />
        </div>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </DebateProvider>
  );
}
