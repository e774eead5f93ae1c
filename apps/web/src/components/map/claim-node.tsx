import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import Link from "next/link";
import { memo } from "react";
import { BADGES, type BadgeKind } from "@/components/debate/claim-status-badge";
import { type Claim, excerpt, kindLabel } from "@/lib/debate";

/** Edges need handles to attach to; the reader does not need to see them. */
const HIDDEN = { opacity: 0 };

export type ClaimNodeData = { claim: Claim; kind: BadgeKind | null; href: string };
export type ClaimFlowNode = Node<ClaimNodeData, "claim">;

/**
 * One claim on the map: its kind and number, its status in words with an
 * icon (never colour alone), and its first words. A link to its place in the
 * outline, so the map is walked by Tab and opened by Enter.
 */
export const ClaimNode = memo(function ClaimNode({ data }: NodeProps<ClaimFlowNode>) {
  const { claim, kind, href } = data;
  const badge = kind ? BADGES[kind] : null;
  const faded = claim.moderation !== "visible";
  return (
    <>
      <Handle type="target" position={Position.Bottom} isConnectable={false} style={HIDDEN} />
      <Link
        href={href}
        className={`flex h-full w-full flex-col gap-1 overflow-hidden rounded-lg border-2 px-3 py-2 text-left shadow-sm hover:shadow-md ${
          badge?.className ?? "border-stone-300 bg-white"
        } ${kind === "unanswered" ? "border-amber-600 ring-2 ring-amber-300" : ""} ${
          faded ? "border-dashed opacity-70" : ""
        }`}
      >
        <span className="flex items-center justify-between gap-2 text-xs font-semibold">
          <span className="tracking-wide uppercase">
            {kindLabel(claim)} #{claim.number}
          </span>
          {badge ? (
            <span className="inline-flex items-center gap-1 font-medium">
              <badge.Icon aria-hidden="true" className="size-3.5" />
              {badge.label}
            </span>
          ) : null}
        </span>
        <span className="line-clamp-3 text-[0.8125rem] leading-snug text-stone-900">
          {claim.body ? excerpt(claim.body, 110) : "(text hidden)"}
        </span>
      </Link>
      <Handle type="source" position={Position.Top} isConnectable={false} style={HIDDEN} />
    </>
  );
});
