"use client";

import { useMutation } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ClaimLink } from "./claim-link";
import { useDebate, useRefreshDebate } from "./debate-context";

type LinkedTargetsProps = {
  claim: Claim;
  targets: readonly Claim[];
  /** Whether this reader may remove the links (the author, or a facilitator). */
  canUnlink: boolean;
};

/** "Also objects to #12, #15": each a jump to the claim, with a way to remove the link. */
export function LinkedTargets({ claim, targets, canUnlink }: LinkedTargetsProps) {
  const trpc = useTRPC();
  const { announce, claimById } = useDebate();
  const refresh = useRefreshDebate();
  const [error, setError] = useState<string | null>(null);
  const n = claim.number;
  const unlink = useMutation(
    trpc.claim.unlink.mutationOptions({
      onSuccess: async (_result, { toId }) => {
        setError(null);
        await refresh();
        announce(`Removed the link from #${n} to #${claimById.get(toId)?.number}.`);
      },
      onError: (cause) => setError(getErrorMessage(cause)),
    }),
  );

  return (
    <>
      Also {claim.kind === "objection" ? "objects to" : "supports"}{" "}
      {targets.map((target, index) => (
        <span key={target.id} className="inline-flex items-center">
          {index > 0 ? <span className="mr-1">,</span> : null}
          <ClaimLink number={target.number} />
          {canUnlink ? (
            <button
              type="button"
              disabled={unlink.isPending}
              onClick={() => unlink.mutate({ claimId: claim.id, toId: target.id })}
              className="ml-0.5 inline-flex size-6 items-center justify-center rounded text-stone-500 hover:bg-stone-100 hover:text-stone-900 disabled:opacity-60"
            >
              <X aria-hidden="true" className="size-3.5" />
              <span className="sr-only">
                Remove the link from #{n} to #{target.number}
              </span>
            </button>
          ) : null}
        </span>
      ))}
      {error ? <FormError message={error} /> : null}
    </>
  );
}
