"use client";

import { ChevronDown, MessageSquareReply, ThumbsUp } from "lucide-react";
import { useId, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import type { ClaimOffers } from "@/lib/claim-offers";
import { type Claim, replyWord } from "@/lib/debate";
import { ActionButton } from "./action-button";
import { ClaimMoreActions } from "./claim-more-actions";
import { ExplainDialog } from "./explain-dialog";
import { HistoryDialog } from "./history-dialog";
import { ReopenButton } from "./reopen-button";
import type { ReplyKind } from "./reply-composer";
import { ResolveDialog } from "./resolve-dialog";

export type ClaimMode = { type: "reply"; kind: ReplyKind } | { type: "edit" } | null;

type ClaimActionsProps = {
  claim: Claim;
  can: ClaimOffers;
  mode: ClaimMode;
  onModeChange: (mode: ClaimMode) => void;
};

/** The claim's actions: replying, resolving and "Why?" in view; the rest behind "More". */
export function ClaimActions({ claim, can, mode, onModeChange }: ClaimActionsProps) {
  const [moreOpen, setMoreOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moreId = useId();
  const n = claim.number;
  // With nothing to write (an observer, a withdrawn claim), History needs no "More" behind it.
  const historyInView = can.history && !can.reply;
  const more = { ...can, history: can.history && !historyInView };
  const hasMore =
    more.edit ||
    more.link ||
    more.history ||
    more.withdraw ||
    more.hide ||
    more.restore ||
    more.merge ||
    more.lock;
  const replyingWith = mode?.type === "reply" ? mode.kind : null;

  function toggleReply(kind: ReplyKind) {
    setError(null);
    onModeChange(replyingWith === kind ? null : { type: "reply", kind });
  }

  return (
    <div className="space-y-1">
      <div className="-ml-2 flex flex-wrap items-center gap-x-0.5">
        {can.reply ? (
          <>
            <ActionButton
              aria-expanded={replyingWith === "support"}
              onClick={() => toggleReply("support")}
            >
              <ThumbsUp aria-hidden="true" className="size-4" />
              Support<span className="sr-only"> #{n}</span>
            </ActionButton>
            <ActionButton
              aria-expanded={replyingWith === "objection"}
              onClick={() => toggleReply("objection")}
            >
              <MessageSquareReply aria-hidden="true" className="size-4" />
              {replyWord("objection", claim) === "objection" ? (
                <>
                  Object<span className="sr-only"> to #{n}</span>
                </>
              ) : (
                <>
                  Rebut<span className="sr-only"> #{n}</span>
                </>
              )}
            </ActionButton>
          </>
        ) : null}
        {can.resolve ? <ResolveDialog claim={claim} /> : null}
        {can.reopen ? <ReopenButton claim={claim} onError={setError} /> : null}
        {can.explain ? <ExplainDialog claim={claim} /> : null}
        {historyInView ? <HistoryDialog claim={claim} /> : null}
        {hasMore ? (
          <ActionButton
            aria-expanded={moreOpen}
            aria-controls={moreId}
            onClick={() => setMoreOpen((open) => !open)}
          >
            More<span className="sr-only"> actions for #{n}</span>
            <ChevronDown
              aria-hidden="true"
              className={`size-4 transition-transform ${moreOpen ? "rotate-180" : ""}`}
            />
          </ActionButton>
        ) : null}
      </div>
      <div id={moreId} hidden={!moreOpen}>
        {moreOpen ? (
          <ClaimMoreActions
            claim={claim}
            can={more}
            onEdit={() => onModeChange({ type: "edit" })}
            onError={setError}
          />
        ) : null}
      </div>
      {error ? <FormError message={error} /> : null}
    </div>
  );
}
