import type { ClaimNode } from "@/lib/claim-tree";
import { ClaimArticle } from "./claim-article";

/** A claim and, indented beneath it behind a thin rule, its replies: recursively. */
export function ClaimBranch({ node, className }: { node: ClaimNode; className?: string }) {
  const { claim, replies } = node;
  return (
    <li className={className}>
      <ClaimArticle claim={claim} />
      {replies.length > 0 ? (
        <ol
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
