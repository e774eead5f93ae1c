"use client";

import { useQuery } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { claimTexts } from "./claim-words";
import { groupLetter } from "./group-style";
import { GroupsScatter } from "./groups-scatter";
import { GroupsUnavailable } from "./opinion-groups-content";

/** The projector's groups view: the room's dots, big, and the objections that split it. */
export function ProjectorGroups({ debateId, claims }: { debateId: string; claims: Claim[] }) {
  const trpc = useTRPC();
  const groups = useQuery(
    trpc.debate.opinionGroups.queryOptions({ debateId }, { refetchInterval: 5_000 }),
  );
  if (groups.error) return <FormError message={getErrorMessage(groups.error)} />;
  if (groups.isPending) return <StatusMessage>Finding the groups…</StatusMessage>;
  const view = groups.data;
  if (view.state !== "ready") return <GroupsUnavailable view={view} />;
  const texts = claimTexts(claims);
  const splitting = view.objections.filter((o) => o.splits);
  return (
    <section aria-label="Opinion groups" className="grid gap-10 lg:grid-cols-2">
      <GroupsScatter view={view} large />
      <div className="space-y-4">
        <h2 className="text-3xl font-semibold">Objections that split the groups</h2>
        {splitting.length === 0 ? (
          <p className="text-2xl text-stone-600">None of the open objections splits the groups.</p>
        ) : (
          <ul className="space-y-4 text-2xl">
            {splitting.map((o) => {
              const claim = texts.get(o.claimId);
              const holders = o.byGroup
                .filter((g) => g.stance === "holds")
                .map((g) => groupLetter(g.groupId));
              const dismissers = o.byGroup
                .filter((g) => g.stance === "dismisses")
                .map((g) => groupLetter(g.groupId));
              return (
                <li key={o.claimId} className="space-y-1">
                  <p className="flex items-start gap-2">
                    <TriangleAlert
                      aria-hidden="true"
                      className="mt-1 size-6 shrink-0 text-amber-700"
                    />
                    <span>{claim ? `#${claim.number} ${claim.body}` : "An objection"}</span>
                  </p>
                  <p className="text-xl text-stone-600">
                    Held by group {holders.join(", ")}; dismissed by group {dismissers.join(", ")}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
