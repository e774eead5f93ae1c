"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { useRequireUser } from "@/components/auth/use-current-user";
import type { ClaimLookup } from "@/components/live/activity-sentence";
import { useServerOffset } from "@/components/live/server-clock";
import { useLiveDebate } from "@/components/live/use-live-debate";
import { useClaimFromHash } from "@/components/map/use-claim-from-hash";
import { ProposalsSection } from "@/components/proposals/proposals-section";
import { DebateSearch } from "@/components/search/debate-search";
import { DebateTimeline } from "@/components/time-travel/debate-timeline";
import { HistoryDisclosure } from "@/components/time-travel/history-disclosure";
import { PastBanner } from "@/components/time-travel/past-banner";
import { useAsOf } from "@/components/time-travel/use-as-of";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { PhaseBar } from "@/components/workshop/phase-bar";
import { type DebateView, kindLabel } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { useHydrated } from "@/lib/use-hydrated";
import { ClaimOutline } from "./claim-outline";
import { DebateProvider } from "./debate-context";
import { DebateHeader } from "./debate-header";
import { UnansweredPanel } from "./unanswered-panel";
import { UnansweredSummary } from "./unanswered-summary";
import { useServerDebateRead } from "./use-server-debate-read";

// Live updates arrive over SSE; while they cannot, a quiet poll keeps the page current.
const REFRESH_MS = 30_000;

type DebateProps = { slug: string; debateId: string };

type DebatePageProps = DebateProps & {
  /** The web server's read of the debate now (its answer's text), sent with the page. */
  serverRead: string | null;
};

/**
 * Drawn from the read the page arrived with, alike on the server and while
 * hydrating (the HTML shows the outline before any script has run); without
 * one (a past moment, signed out, the read failed), the browser reads.
 */
export function DebatePage({ serverRead, ...props }: DebatePageProps) {
  const seeded = useServerDebateRead(props.debateId, serverRead);
  return seeded ? <DebateLoader {...props} /> : <BrowserReadDebate {...props} />;
}

function BrowserReadDebate(props: DebateProps) {
  const hydrated = useHydrated();
  // Not behind SignedInGate: the debate's read proves the sign-in, and on a big
  // debate the signed-in check queues behind that read on the API, so waiting
  // for it held the outline back by up to a second. Signed out, the visitor is
  // still sent to sign in (and the read's refusal is not shown meanwhile).
  const { signedOut, error } = useRequireUser();
  if (error) return <FormError message={getErrorMessage(error)} />;
  // The server drew no debate: the read may land while the page hydrates.
  if (signedOut || !hydrated) return <StatusMessage>Loading the debate…</StatusMessage>;
  return <DebateLoader {...props} />;
}

/** Now (live) or, with `?asOf=`, the debate as it stood then (read-only, not live). */
function DebateLoader(props: DebateProps) {
  const [asOf, moveTo] = useAsOf();
  return asOf ? (
    <PastDebate {...props} asOf={asOf} moveTo={moveTo} />
  ) : (
    <LiveDebate {...props} moveTo={moveTo} />
  );
}

type Move = { moveTo: (eventId: string | null) => void };

function LiveDebate({ slug, debateId, moveTo }: DebateProps & Move) {
  const trpc = useTRPC();
  const live = useLiveDebate(debateId);
  const debate = useQuery(
    trpc.debate.get.queryOptions(
      { debateId },
      { refetchInterval: live === "live" ? false : REFRESH_MS },
    ),
  );
  const offsetMs = useServerOffset(debate.data?.serverNow);
  return (
    <DebateScreen
      slug={slug}
      debate={debate}
      bar={(view) => <PhaseBar slug={slug} view={view} offsetMs={offsetMs} live={live} />}
      history={(lookup) => (
        <HistoryDisclosure>
          <DebateTimeline debateId={debateId} asOf={null} onMove={moveTo} lookup={lookup} />
        </HistoryDisclosure>
      )}
    />
  );
}

function PastDebate({ slug, debateId, asOf, moveTo }: DebateProps & Move & { asOf: string }) {
  const trpc = useTRPC();
  // The previous moment stays on screen while the next one loads: stepping does not flash.
  const debate = useQuery(
    trpc.debate.get.queryOptions({ debateId, asOf }, { placeholderData: keepPreviousData }),
  );
  return (
    <DebateScreen
      slug={slug}
      debate={debate}
      bar={(view, lookup) => (
        <PastBanner view={view} onBackToNow={() => moveTo(null)}>
          <DebateTimeline debateId={debateId} asOf={asOf} onMove={moveTo} lookup={lookup} />
        </PastBanner>
      )}
    />
  );
}

type DebateScreenProps = {
  slug: string;
  debate: {
    data: DebateView | undefined;
    error: unknown;
    isSuccess: boolean;
  };
  bar: (view: DebateView, lookup: ClaimLookup) => ReactNode;
  /** The live page's way into the past; the past shows its timeline in the bar. */
  history?: (lookup: ClaimLookup) => ReactNode;
};

function DebateScreen({ slug, debate, bar, history }: DebateScreenProps) {
  useClaimFromHash(debate.isSuccess);
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => {
    // Clear first, so the same words twice in a row are announced twice.
    setAnnouncement("");
    window.setTimeout(() => setAnnouncement(message), 50);
  }, []);
  const question = debate.data?.debate.question;
  const claims = debate.data?.claims;
  const lookup = useMemo<ClaimLookup>(() => {
    const byId = new Map(
      claims?.map((c) => [c.id, { number: c.number, word: kindLabel(c).toLowerCase() }]),
    );
    return (id) => byId.get(id);
  }, [claims]);

  useEffect(() => {
    if (question) document.title = `${question} · Steelman`;
  }, [question]);

  // Refused for want of a sign-in before anything was shown: the page is on its
  // way to sign in (useRequireUser, asked again here in case its answer was old).
  const awaitingSignIn = isUnauthorized(debate.error) && !debate.data;
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  useEffect(() => {
    if (awaitingSignIn) void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
  }, [awaitingSignIn, queryClient, trpc]);

  if (debate.error && !awaitingSignIn) {
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
  const view = debate.data;
  if (!view) return <StatusMessage>Loading the debate…</StatusMessage>;
  const past = view.asOf !== null;

  return (
    <DebateProvider view={view} announce={announce}>
      <div data-layout="wide" className="space-y-8">
        <DebateHeader slug={slug} view={view} bar={bar(view, lookup)} />
        <UnansweredSummary view={view} />
        {history?.(lookup)}
        {/* Search and proposals are of the debate now, not of the moment shown. */}
        {past ? null : <DebateSearch debateId={view.debate.id} />}
        {past ? null : <ProposalsSection slug={slug} />}
        <div className="grid items-start gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <ClaimOutline claims={view.claims} />
          <UnansweredPanel view={view} />
        </div>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </DebateProvider>
  );
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";
}
