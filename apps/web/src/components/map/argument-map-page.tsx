"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useEffect } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { LiveIndicator } from "@/components/live/live-indicator";
import { useLiveDebate } from "@/components/live/use-live-debate";
import { DebateTimeline } from "@/components/time-travel/debate-timeline";
import { PastBanner } from "@/components/time-travel/past-banner";
import { useAsOf } from "@/components/time-travel/use-as-of";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { countLabel, type DebateView } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { MapLegend } from "./map-legend";
import { MapThreadPager } from "./map-thread-pager";

type ArgumentMapPageProps = { slug: string; debateId: string };

export function ArgumentMapPage(props: ArgumentMapPageProps) {
  return <SignedInGate>{() => <MapLoader {...props} />}</SignedInGate>;
}

/** Now (live) or, with `?asOf=`, the map as it stood then. */
function MapLoader(props: ArgumentMapPageProps) {
  const [asOf, moveTo] = useAsOf();
  return asOf ? <PastMap {...props} asOf={asOf} moveTo={moveTo} /> : <LiveMap {...props} />;
}

function LiveMap({ slug, debateId }: ArgumentMapPageProps) {
  const trpc = useTRPC();
  const live = useLiveDebate(debateId);
  const debate = useQuery(
    trpc.debate.get.queryOptions(
      { debateId },
      { refetchInterval: live === "live" ? false : 30_000 },
    ),
  );
  return <MapScreen slug={slug} debate={debate} indicator={<LiveIndicator status={live} />} />;
}

type PastMapProps = ArgumentMapPageProps & {
  asOf: string;
  moveTo: (eventId: string | null) => void;
};

function PastMap({ slug, debateId, asOf, moveTo }: PastMapProps) {
  const trpc = useTRPC();
  const debate = useQuery(
    trpc.debate.get.queryOptions({ debateId, asOf }, { placeholderData: keepPreviousData }),
  );
  const view = debate.data;
  const banner = view ? (
    <PastBanner view={view} onBackToNow={() => moveTo(null)}>
      <DebateTimeline debateId={debateId} asOf={asOf} onMove={moveTo} lookup={() => undefined} />
    </PastBanner>
  ) : null;
  return <MapScreen slug={slug} debate={debate} banner={banner} asOf={asOf} />;
}

type MapScreenProps = {
  slug: string;
  debate: { data: DebateView | undefined; error: unknown };
  indicator?: ReactNode;
  banner?: ReactNode;
  asOf?: string;
};

function MapScreen({ slug, debate, indicator, banner, asOf }: MapScreenProps) {
  const debateId = debate.data?.debate.id ?? "";
  const debatePath = `/w/${slug}/d/${debateId}${asOf ? `?asOf=${asOf}` : ""}`;
  const question = debate.data?.debate.question;
  useEffect(() => {
    if (question) document.title = `Map: ${question} · Steelman`;
  }, [question]);

  if (debate.error) return <FormError message={getErrorMessage(debate.error)} />;
  if (!debate.data) return <StatusMessage>Loading the map…</StatusMessage>;
  const { claims, counts } = debate.data;

  return (
    <div data-layout="wide" className="space-y-4">
      <nav aria-label="Breadcrumb">
        <Link
          href={debatePath}
          className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
          Back to the debate
        </Link>
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Argument map</h1>
        <p className="text-pretty text-stone-700">{question}</p>
      </div>
      {banner}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <MapLegend />
        <p className="flex items-center gap-3 text-sm text-stone-600">
          {countLabel(counts.claims, "claim")} ·{" "}
          {countLabel(counts.unanswered, "unanswered objection")}
          {indicator}
        </p>
      </div>
      <p className="text-sm text-stone-600">
        Positions are at the top; each reply hangs below what it answers. Select a claim to open it
        in the outline, which lists the same claims as text.
      </p>
      <MapThreadPager claims={claims} debatePath={debatePath} />
    </div>
  );
}
