import { ChevronRight } from "lucide-react";
import type { ClaimNode } from "@/lib/claim-tree";
import { countLabel } from "@/lib/debate";
import { ClaimArticle } from "./claim-article";
import { useOutlineThreads } from "./outline-threads";

/**
 * A claim and, indented beneath it behind a thin rule, its replies:
 * recursively. In a big debate the replies sit behind a button that says how
 * many there are; the button comes right after the claim in focus order.
 */
export function ClaimBranch({ node, className }: { node: ClaimNode; className?: string }) {
  const { claim, replies } = node;
  const threads = useOutlineThreads();
  const open = threads.isOpen(node);
  const repliesId = `replies-${claim.number}`;
  return (
    <li className={className}>
      <ClaimArticle claim={claim} />
      {replies.length > 0 && threads.collapsible ? (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? repliesId : undefined}
          onClick={() => threads.setOpen(node, !open)}
          className="-ml-1 inline-flex items-center gap-1 rounded px-1 py-0.5 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-900"
        >
          <ChevronRight
            aria-hidden="true"
            className={`size-4 transition-transform ${open ? "rotate-90" : ""}`}
          />
          {open ? "Hide" : "Show"} {countLabel(threads.replyCount(node), "reply", "replies")}
          <span className="sr-only"> to #{claim.number}</span>
        </button>
      ) : null}
      {replies.length > 0 && open ? (
        <ol
          id={repliesId}
          aria-label={`Replies to #${claim.number}`}
          className="mt-1 ml-1 space-y-1 border-l border-stone-200 pl-3 sm:ml-2 sm:pl-5"
        >
          {replies.map((reply) => (
            <ClaimBranch key={reply.claim.id} node={reply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
