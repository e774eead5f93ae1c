"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight, EyeOff, MessagesSquare } from "lucide-react";
import Link from "next/link";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { countLabel, PHASE_LABELS } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

export function DebateList({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const debates = useQuery(trpc.debate.list.queryOptions({ workspaceId }));

  if (debates.error) return <FormError message={getErrorMessage(debates.error)} />;
  if (debates.isPending) return <StatusMessage>Loading debates…</StatusMessage>;
  if (debates.data.length === 0) {
    return <p className="text-stone-700">No debates yet.</p>;
  }

  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {debates.data.map((debate) => (
        <li key={debate.id}>
          <Link
            href={`/w/${slug}/d/${debate.id}`}
            className="flex items-center gap-3 px-4 py-3 hover:bg-stone-50"
          >
            <span className="min-w-0 flex-1 space-y-0.5">
              <span className="block font-medium text-pretty">{debate.question}</span>
              <span className="flex flex-wrap gap-x-3 text-sm text-stone-600">
                <span>
                  <span className="sr-only">Phase: </span>
                  {PHASE_LABELS[debate.phase]}
                </span>
                <span className="inline-flex items-center gap-1">
                  <MessagesSquare aria-hidden="true" className="size-3.5" />
                  {countLabel(debate.claimCount, "claim")}
                </span>
                {debate.anonymous ? (
                  <span className="inline-flex items-center gap-1">
                    <EyeOff aria-hidden="true" className="size-3.5" />
                    Anonymous
                  </span>
                ) : null}
              </span>
            </span>
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-stone-400" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
