"use client";

import { ChevronLeft, EyeOff } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { useCurrentUser } from "@/components/auth/use-current-user";
import { countLabel, type DebateView } from "@/lib/debate";
import { DebateExports } from "./debate-exports";
import { UNANSWERED_PANEL_ID } from "./unanswered-panel";

type DebateHeaderProps = {
  slug: string;
  view: DebateView;
  /** Shown above the question: the workshop's phase bar. */
  bar?: ReactNode;
};

/** The question, its description, what is open, and the exports. */
export function DebateHeader({ slug, view, bar }: DebateHeaderProps) {
  const { debate, counts } = view;
  return (
    <header className="space-y-4">
      <WorkspaceCrumb slug={slug} name={debate.workspace.name} />
      {bar}
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
            {counts.parked > 0 ? ` (${counts.parked} parked)` : null}
          </a>
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

function WorkspaceCrumb({ slug, name }: { slug: string; name: string }) {
  // A guest reaches this one debate, not the workspace around it.
  const { user } = useCurrentUser();
  if (user?.isGuest) return <p className="text-sm text-stone-600">{name}</p>;
  return (
    <nav aria-label="Breadcrumb">
      <Link
        href={`/w/${slug}`}
        className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
      >
        <ChevronLeft aria-hidden="true" className="size-4" />
        {name}
      </Link>
    </nav>
  );
}
