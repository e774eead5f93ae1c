"use client";

import { CircleAlert } from "lucide-react";
import { useState } from "react";
import { type Claim, countLabel, type DebateView, excerpt, kindLabel } from "@/lib/debate";
import { groupOpenObjections, shownOpenObjectionGroups } from "@/lib/unanswered-groups";
import { ClaimLink } from "./claim-link";
import { useDebate } from "./debate-context";
import { OpenObjectionNote } from "./open-objection-note";

export const UNANSWERED_PANEL_ID = "unanswered";

/**
 * Every open objection, grouped under the position or proposal it bears on,
 * newest first; each a link to its place in the outline. Parked objections
 * stay listed (they are open) with their reason.
 */
export function UnansweredPanel({ view }: { view: DebateView }) {
  const { claimById } = useDebate();
  const groups = groupOpenObjections(view.unansweredObjectionIds, claimById);
  const total = view.unansweredObjectionIds.length;
  const [allGroups, setAllGroups] = useState(false);
  const { shown, hidden, firstInGroup } = shownOpenObjectionGroups(groups, total, allGroups);

  return (
    <aside
      id={UNANSWERED_PANEL_ID}
      aria-label="Unanswered objections"
      className="scroll-mt-6 space-y-3 rounded-lg border border-amber-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
    >
      <h2 className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <CircleAlert aria-hidden="true" className="size-5 text-amber-700" />
        Unanswered ({total})
      </h2>
      {total === 0 ? (
        <p className="text-sm text-stone-700">
          No open objections: every objection is answered or resolved.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Objections that stand with no answer, by the position they bear on, newest first.
          </p>
          {shown.map((group) => (
            <section key={group.root?.id ?? "none"} aria-label={groupLabel(group.root)}>
              <h3 className="mt-2 text-xs font-semibold tracking-wide text-stone-500 uppercase">
                {group.root ? (
                  <ClaimLink number={group.root.number} className="rounded-sm">
                    {kindLabel(group.root)} #{group.root.number}
                  </ClaimLink>
                ) : (
                  "Elsewhere"
                )}
                {group.root?.body ? (
                  <span className="font-normal normal-case"> · {excerpt(group.root.body, 40)}</span>
                ) : null}
              </h3>
              <OpenObjectionList objections={group.objections} firstShown={firstInGroup(group)} />
            </section>
          ))}
          {hidden.length > 0 ? (
            // In the panel's own words: its groups are the positions objected to.
            <button type="button" onClick={() => setAllGroups(true)} className={MORE_BUTTON_CLASS}>
              Show {countLabel(hidden.length, "more position")} (
              {countLabel(
                hidden.reduce((sum, group) => sum + group.objections.length, 0),
                "objection",
              )}
              )
            </button>
          ) : null}
        </>
      )}
    </aside>
  );
}

const MORE_BUTTON_CLASS =
  "text-sm font-medium text-stone-700 underline decoration-stone-400 underline-offset-2 hover:decoration-stone-900";

function OpenObjectionList({
  objections,
  firstShown,
}: {
  objections: readonly Claim[];
  firstShown: number;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? objections : objections.slice(0, firstShown);
  const more = objections.length - shown.length;
  return (
    <>
      <ol className="divide-y divide-stone-100">
        {shown.map((claim) => (
          <OpenObjectionItem key={claim.id} claim={claim} />
        ))}
      </ol>
      {more > 0 ? (
        <button type="button" onClick={() => setAll(true)} className={MORE_BUTTON_CLASS}>
          Show {countLabel(more, "more objection")}
        </button>
      ) : null}
    </>
  );
}

function OpenObjectionItem({ claim }: { claim: Claim }) {
  const { claimById } = useDebate();
  const target = claim.targetId ? claimById.get(claim.targetId) : undefined;
  return (
    <li className="py-2.5">
      <ClaimLink number={claim.number} className="group block rounded-sm text-sm font-medium">
        <span className="underline decoration-stone-400 underline-offset-2 group-hover:decoration-stone-900">
          #{claim.number}
        </span>{" "}
        <span className="font-normal text-stone-800">
          {claim.body ? excerpt(claim.body, 90) : "(hidden)"}
        </span>
      </ClaimLink>
      {target && target.kind !== "position" && target.kind !== "proposal" ? (
        <p className="mt-0.5 text-xs text-stone-500">Objects to #{target.number}</p>
      ) : null}
      <OpenObjectionNote claim={claim} compact />
    </li>
  );
}

function groupLabel(root: Claim | null) {
  return root
    ? `Open objections on ${kindLabel(root).toLowerCase()} #${root.number}`
    : "Open objections elsewhere";
}
