"use client";

import { ChevronDown, CircleAlert } from "lucide-react";
import { type DebateView, excerpt } from "@/lib/debate";
import { ClaimLink } from "./claim-link";
import { useDebate } from "./debate-context";

/**
 * On a phone the Unanswered panel sits below the whole outline; this
 * collapsible summary near the top (narrow screens only) says how many
 * objections are open and opens to the same list, each a link to its claim.
 */
export function UnansweredSummary({ view }: { view: DebateView }) {
  const { claimById } = useDebate();
  const open = view.unansweredObjectionIds
    .map((id) => claimById.get(id))
    .filter((claim) => claim !== undefined);
  const count =
    open.length === 0
      ? "No unanswered objections"
      : `${open.length} unanswered objection${open.length === 1 ? "" : "s"}`;

  return (
    <details
      aria-label="Unanswered objections"
      className="group rounded-lg border border-amber-200 bg-white lg:hidden"
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2 font-semibold [&::-webkit-details-marker]:hidden">
        <CircleAlert aria-hidden="true" className="size-5 text-amber-700" />
        {count}
        <ChevronDown
          aria-hidden="true"
          className="ml-auto size-4 text-stone-500 transition-transform group-open:rotate-180"
        />
      </summary>
      {open.length === 0 ? (
        <p className="px-4 pb-3 text-sm text-stone-700">Every objection is answered or resolved.</p>
      ) : (
        <ol
          aria-label="Unanswered objections, newest first"
          className="divide-y divide-stone-100 px-4 pb-2"
        >
          {open.map((claim) => (
            <li key={claim.id} className="py-2.5">
              <ClaimLink
                number={claim.number}
                className="group/link block rounded-sm text-sm font-medium"
              >
                <span className="underline decoration-stone-400 underline-offset-2 group-hover/link:decoration-stone-900">
                  #{claim.number}
                </span>{" "}
                <span className="font-normal text-stone-800">
                  {claim.body ? excerpt(claim.body, 90) : "(hidden)"}
                </span>
              </ClaimLink>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
