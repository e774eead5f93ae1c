"use client";

import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { Modal } from "@/components/ui/dialog";
import { DialogOnDemand, type ModalControl } from "@/components/ui/dialog-on-demand";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime } from "@/lib/format-time";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { importedNote } from "./imported-note";

/** Every wording the claim has had, newest first. */
export function HistoryDialog({ claim }: { claim: Claim }) {
  return (
    <DialogOnDemand
      trigger={
        <ActionButton>
          <History aria-hidden="true" className="size-4" />
          History<span className="sr-only"> of #{claim.number}</span>
        </ActionButton>
      }
      dialog={(control) => <HistoryModal claim={claim} {...control} />}
    />
  );
}

function HistoryModal({ claim, ...control }: { claim: Claim } & ModalControl) {
  const trpc = useTRPC();
  const revisions = useQuery(
    trpc.claim.revisions.queryOptions(
      { claimId: claim.id },
      { enabled: control.open, staleTime: 0 },
    ),
  );

  return (
    <Modal
      {...control}
      title={`History of #${claim.number}`}
      description={
        claim.revisionCount === 1
          ? "Not edited since it was posted."
          : `${claim.revisionCount} versions, newest first.`
      }
    >
      {revisions.error ? <FormError message={getErrorMessage(revisions.error)} /> : null}
      {revisions.isPending ? <StatusMessage>Loading the history…</StatusMessage> : null}
      {revisions.data ? (
        <ol className="space-y-4">
          {revisions.data.map((revision) => (
            <li key={revision.revision} className="space-y-1">
              <p className="text-sm text-stone-600">
                <span className="font-medium text-stone-900">Version {revision.revision}</span>
                {revision.imported
                  ? ` (${importedNote(revision.imported)})`
                  : revision.editor
                    ? ` by ${revision.editor.displayName}`
                    : null}
                {" · "}
                <time dateTime={revision.createdAt.toISOString()}>
                  {formatDateTime(revision.createdAt)}
                </time>
              </p>
              <blockquote className="border-l-2 border-stone-200 pl-3 text-sm leading-relaxed whitespace-pre-line text-stone-800">
                {revision.body}
              </blockquote>
            </li>
          ))}
        </ol>
      ) : null}
    </Modal>
  );
}
