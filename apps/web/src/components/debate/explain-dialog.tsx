"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleQuestionMark } from "lucide-react";
import { Modal } from "@/components/ui/dialog";
import { DialogOnDemand, type ModalControl } from "@/components/ui/dialog-on-demand";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { ExplanationTree } from "./explanation-tree";

function questionFor(claim: Claim) {
  const n = `#${claim.number}`;
  if (claim.unanswered) return `Why is ${n} unanswered?`;
  if (claim.status === "stands") return `Why does ${n} stand?`;
  return `Why is ${n} ${claim.status}?`;
}

/** "Why?": the server's account of a claim's status, as nested sentences. */
export function ExplainDialog({ claim }: { claim: Claim }) {
  return (
    <DialogOnDemand
      trigger={
        <ActionButton>
          <CircleQuestionMark aria-hidden="true" className="size-4" />
          Why?<span className="sr-only"> Explain the status of #{claim.number}</span>
        </ActionButton>
      }
      dialog={(control) => <ExplainModal claim={claim} {...control} />}
    />
  );
}

function ExplainModal({ claim, ...control }: { claim: Claim } & ModalControl) {
  const trpc = useTRPC();
  const explanation = useQuery(
    trpc.claim.explain.queryOptions({ claimId: claim.id }, { enabled: control.open, staleTime: 0 }),
  );

  return (
    <Modal
      {...control}
      title={questionFor(claim)}
      description={
        claim.unanswered
          ? "An objection is unanswered while it stands and has no resolution."
          : "A claim stands when every objection to it is answered, and is answered when an objection to it stands."
      }
    >
      {explanation.error ? <FormError message={getErrorMessage(explanation.error)} /> : null}
      {explanation.isPending ? <StatusMessage>Working it out…</StatusMessage> : null}
      {explanation.data ? <ExplanationTree root={explanation.data} /> : null}
    </Modal>
  );
}
