"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { ProjectorGroups } from "@/components/groups/projector-groups";
import { Countdown } from "@/components/live/countdown";
import { LiveIndicator } from "@/components/live/live-indicator";
import { useServerOffset } from "@/components/live/server-clock";
import { useLiveDebate } from "@/components/live/use-live-debate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { isFacilitator, PHASE_LABELS } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ProjectorClaims } from "./projector-claims";
import { ProjectorCounters } from "./projector-counters";
import { ProjectorJoin } from "./projector-join";

type ProjectorPageProps = { slug: string; debateId: string };

export function ProjectorPage(props: ProjectorPageProps) {
  return <SignedInGate>{() => <ProjectorLoader {...props} />}</SignedInGate>;
}

/** The room's screen: big type, the timer, live counters, the join code, the newest claims. */
function ProjectorLoader({ slug, debateId }: ProjectorPageProps) {
  const trpc = useTRPC();
  const live = useLiveDebate(debateId);
  const debate = useQuery(
    trpc.debate.get.queryOptions(
      { debateId },
      { refetchInterval: live === "live" ? false : 30_000 },
    ),
  );
  const question = debate.data?.debate.question;
  const offsetMs = useServerOffset(debate.data?.serverNow);
  const [showGroups, setShowGroups] = useState(false);
  useEffect(() => {
    if (question) document.title = `Projector: ${question} · Steelman`;
  }, [question]);

  if (debate.error) return <FormError message={getErrorMessage(debate.error)} />;
  if (debate.isPending) return <StatusMessage>Loading the debate…</StatusMessage>;
  const view = debate.data;
  const { debate: d } = view;

  return (
    // Over the site's header and margins: the whole screen is for the room.
    <div
      data-layout="projector"
      className="fixed inset-0 z-30 overflow-y-auto bg-white text-stone-950"
    >
      <div className="mx-auto flex min-h-full max-w-[120rem] flex-col gap-8 p-6 lg:h-full lg:p-10">
        <div className="flex items-center justify-between gap-4 text-base text-stone-600">
          <Link
            href={`/w/${slug}/d/${debateId}`}
            className="inline-flex items-center gap-1 rounded underline-offset-4 hover:underline"
          >
            <ChevronLeft aria-hidden="true" className="size-5" />
            Back to the debate
          </Link>
          <div className="flex items-center gap-4">
            {d.can.seeOpinionGroups ? (
              <button
                type="button"
                aria-pressed={showGroups}
                onClick={() => setShowGroups((value) => !value)}
                className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-100"
              >
                {showGroups ? "Show the claims" : "Show the opinion groups"}
              </button>
            ) : null}
            <LiveIndicator status={live} large />
          </div>
        </div>
        <h1 className="text-4xl leading-tight font-semibold tracking-tight text-balance lg:text-6xl">
          {d.question}
        </h1>
        <div className="grid flex-1 gap-10 lg:min-h-0 lg:grid-cols-[minmax(0,1fr)_auto]">
          <div className="flex min-w-0 flex-col gap-10 lg:min-h-0">
            <section
              aria-label="Phase and timer"
              className="flex flex-wrap items-baseline gap-x-10 gap-y-2"
            >
              <p className="text-3xl lg:text-5xl">
                <span className="text-stone-600">Phase </span>
                <span className="font-semibold">{PHASE_LABELS[d.phase]}</span>
              </p>
              {d.phaseEndsAt ? (
                <p className="text-3xl lg:text-5xl">
                  <Countdown
                    endsAt={d.phaseEndsAt}
                    offsetMs={offsetMs}
                    className="text-6xl lg:text-8xl"
                  />
                </p>
              ) : null}
            </section>
            <ProjectorCounters view={view} />
            {showGroups ? (
              <ProjectorGroups debateId={debateId} claims={view.claims} />
            ) : (
              <ProjectorClaims claims={view.claims} people={view.people} />
            )}
          </div>
          {isFacilitator(d.viewerRole) ? <ProjectorJoin debateId={debateId} /> : null}
        </div>
      </div>
    </div>
  );
}
