"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, EyeOff } from "lucide-react";
import Link from "next/link";
import { countLabel, type DebateView, PHASE_LABELS } from "@/lib/debate";
import { useTRPC } from "@/lib/trpc";
import { DebateExports } from "./debate-exports";
import { UNANSWERED_PANEL_ID } from "./unanswered-panel";

/** The question, its description, what is open, and the exports. */
export function DebateHeader({ slug, view }: { slug: string; view: DebateView }) {
  const { debate, counts } = view;
  return (
    <header className="space-y-4">
      <WorkspaceCrumb slug={slug} />
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight text-pretty sm:text-3xl">
          {debate.question}
        </h1>
        {debate.description ? (
          <p className="max-w-prose whitespace-pre-line text-stone-700">{debate.description}</p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-y border-stone-200 py-3">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
          <span>{countLabel(counts.claims, "claim")}</span>
          <span aria-hidden="true">·</span>
          <a href={`#${UNANSWERED_PANEL_ID}`} className="underline-offset-2 hover:underline">
            {countLabel(counts.unanswered, "unanswered objection")}
          </a>
          <span aria-hidden="true">·</span>
          <span>Phase: {PHASE_LABELS[debate.phase]}</span>
          {debate.anonymous ? (
            <>
              <span aria-hidden="true">·</span>
              <span className="inline-flex items-center gap-1">
                <EyeOff aria-hidden="true" className="size-3.5" />
                Anonymous
              </span>
            </>
          ) : null}
        </p>
        <DebateExports question={debate.question} />
      </div>
    </header>
  );
}

function WorkspaceCrumb({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const workspace = useQuery(trpc.workspace.get.queryOptions({ slug }));
  return (
    <nav aria-label="Breadcrumb">
      <Link
        href={`/w/${slug}`}
        className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
      >
        <ChevronLeft aria-hidden="true" className="size-4" />
        {workspace.data?.name ?? "Workspace"}
      </Link>
    </nav>
  );
}
