"use client";

import { useCallback, useMemo } from "react";
import { buildClaimTree, type ClaimNode } from "@/lib/claim-tree";
import type { Claim } from "@/lib/debate";
import { ClaimBranch } from "./claim-branch";
import { useDebate } from "./debate-context";
import { OutlineThreadsProvider, shownSize, useThreadState } from "./outline-threads";
import { PositionComposerSlot } from "./position-composer-slot";
import { useProgressiveBranches } from "./use-progressive-branches";

/**
 * A top-level branch off screen is neither laid out nor painted until it
 * nears the viewport (its last drawn height, or a guess, holds its place):
 * the layout of a 10,000-claim outline was ~260 ms of its first draw.
 */
const BRANCH_CLASS =
  "py-5 first:pt-0 [content-visibility:auto] [contain-intrinsic-size:auto_10rem]";

/**
 * The debate as an outline: positions, each with its supports and objections
 * beneath; then, apart, the proposals put to a vote with the objections raised
 * against them (a consent block is one): a proposal is not a position.
 * A big debate shows its threads collapsed, each with its reply count, and
 * fills in its top-level claims a step at a time (the list is busy meanwhile).
 */
export function ClaimOutline({ claims }: { claims: Claim[] }) {
  const { can } = useDebate();
  const { tree, proposals } = useMemo(() => {
    const all = buildClaimTree(claims);
    return {
      tree: all.filter((node) => node.claim.kind !== "proposal"),
      proposals: all.filter((node) => node.claim.kind === "proposal"),
    };
  }, [claims]);
  const threads = useThreadState(tree, claims.length);
  const sizeOf = useCallback((node: ClaimNode) => shownSize(node, threads), [threads]);
  const shown = useProgressiveBranches(tree, threads.collapsible ? sizeOf : undefined);
  // The server's word: no new positions from the rebuttal phase on, none for observers.
  const canPost = can.postPosition;

  return (
    <OutlineThreadsProvider value={threads}>
      <section aria-labelledby="positions-heading" className="min-w-0 space-y-4">
        <h2 id="positions-heading" className="text-lg font-semibold tracking-tight">
          Positions
        </h2>
        {canPost ? <PositionComposerSlot /> : null}
        {tree.length === 0 ? (
          <p className="text-stone-700">
            No positions yet.{canPost ? " Add the first answer to the question." : null}
          </p>
        ) : (
          <ol aria-busy={shown < tree.length} className="divide-y divide-stone-200">
            {tree.slice(0, shown).map((node) => (
              <ClaimBranch key={node.claim.id} node={node} className={BRANCH_CLASS} />
            ))}
          </ol>
        )}
        {proposals.length > 0 ? (
          <>
            <h2 id="proposal-threads-heading" className="pt-4 text-lg font-semibold tracking-tight">
              Proposals and the objections raised against them
            </h2>
            <ol aria-labelledby="proposal-threads-heading" className="divide-y divide-stone-200">
              {proposals.map((node) => (
                <ClaimBranch key={node.claim.id} node={node} className="py-5 first:pt-0" />
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </OutlineThreadsProvider>
  );
}
