"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { claimTexts } from "./claim-words";
import { OpinionGroupsContent } from "./opinion-groups-content";

type OpinionGroupsPageProps = { slug: string; debateId: string };

/** The server recomputes at most every few seconds; asking more often gains nothing. */
const REFRESH_MS = 5_000;

export function OpinionGroupsPage(props: OpinionGroupsPageProps) {
  return <SignedInGate>{() => <OpinionGroups {...props} />}</SignedInGate>;
}

/** Where the room splits: opinion groups from the votes, and the open objections each group holds. */
function OpinionGroups({ slug, debateId }: OpinionGroupsPageProps) {
  const trpc = useTRPC();
  const debate = useQuery(trpc.debate.get.queryOptions({ debateId }));
  const groups = useQuery(
    trpc.debate.opinionGroups.queryOptions({ debateId }, { refetchInterval: REFRESH_MS }),
  );
  const claims = useMemo(() => claimTexts(debate.data?.claims), [debate.data?.claims]);
  const question = debate.data?.debate.question;
  useEffect(() => {
    if (question) document.title = `Opinion groups: ${question} · Steelman`;
  }, [question]);
  const baseHref = `/w/${slug}/d/${debateId}`;
  const error = debate.error ?? groups.error;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb">
        <Link
          href={baseHref}
          className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
          Back to the debate
        </Link>
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Opinion groups</h1>
        {question ? <p className="text-pretty text-stone-700">{question}</p> : null}
      </div>
      {error ? <FormError message={getErrorMessage(error)} /> : null}
      {groups.isPending && !groups.error ? (
        <StatusMessage>Finding the groups…</StatusMessage>
      ) : null}
      {groups.data ? (
        <OpinionGroupsContent view={groups.data} claims={claims} baseHref={baseHref} />
      ) : null}
    </div>
  );
}
