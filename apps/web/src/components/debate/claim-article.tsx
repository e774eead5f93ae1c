"use client";

import dynamic from "next/dynamic";
import { memo, useState } from "react";
import { ClaimVotes } from "@/components/votes/claim-votes";
import { claimOffers } from "@/lib/claim-offers";
import { type Claim, kindLabel } from "@/lib/debate";
import { claimElementId } from "@/lib/focus-claim";
import { ClaimActions, type ClaimMode } from "./claim-actions";
import { ClaimBody } from "./claim-body";
import { ClaimFacts } from "./claim-facts";
import { ClaimHeading } from "./claim-heading";
import { FormLoading } from "./form-loading";

// Loaded when first opened: with the API's schemas (and zod) they were a large
// part of the script a debate page evaluated before it could show its outline.
const ClaimEditor = dynamic(() => import("./claim-editor").then((m) => m.ClaimEditor), {
  loading: FormLoading,
});
const ReplyComposer = dynamic(() => import("./reply-composer").then((m) => m.ReplyComposer), {
  loading: FormLoading,
});

/**
 * One claim of the outline, addressable as "Objection #12" and focusable by
 * script (the Unanswered panel jumps here). Its replies are rendered beside
 * it, not inside, so the article holds only this claim. Memoised: opening a
 * thread re-renders the outline's branches, not every claim's article.
 */
export const ClaimArticle = memo(function ClaimArticle({ claim }: { claim: Claim }) {
  // The server decides what this reader may do with the claim (phase, role, authorship, locks).
  const can = claimOffers(claim);
  const [mode, setMode] = useState<ClaimMode>(null);
  const id = claimElementId(claim.number);

  /** Closes the composer or editor; focus returns to the claim rather than to the page's top. */
  function close() {
    setMode(null);
    document.getElementById(id)?.focus({ preventScroll: true });
  }

  return (
    <article
      id={id}
      tabIndex={-1}
      aria-label={`${kindLabel(claim)} #${claim.number}`}
      className="-mx-2 scroll-mt-6 space-y-2 rounded-lg px-2 py-2 transition-colors duration-700 data-highlight:bg-amber-50"
    >
      <ClaimHeading claim={claim} />
      {mode?.type === "edit" ? (
        <ClaimEditor claim={claim} onClose={close} />
      ) : (
        <ClaimBody claim={claim} />
      )}
      <ClaimFacts claim={claim} canUnlink={can.unlink} />
      <ClaimVotes claim={claim} />
      <ClaimActions claim={claim} can={can} mode={mode} onModeChange={setMode} />
      {mode?.type === "reply" ? (
        <ReplyComposer
          target={claim}
          kind={mode.kind}
          onKindChange={(kind) => setMode({ type: "reply", kind })}
          onClose={close}
        />
      ) : null}
    </article>
  );
});
