"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Section } from "@/components/ui/section";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

export function LeaveWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const leave = useMutation(
    trpc.workspace.leave.mutationOptions({
      onSuccess: async () => {
        router.push("/workspaces");
        queryClient.removeQueries(trpc.workspace.get.queryFilter());
        await queryClient.invalidateQueries(trpc.workspace.list.queryFilter());
      },
    }),
  );

  return (
    <Section title="Leave workspace">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-stone-700">
          You can come back only with a new invitation. A workspace must keep at least one owner.
        </p>
        <ConfirmDialog
          trigger={<Button variant="danger">Leave workspace</Button>}
          title={`Leave ${name}?`}
          description="You will lose access to its debates and decisions. What you wrote stays in the record."
          confirmLabel="Leave workspace"
          pendingLabel="Leaving…"
          onConfirm={() => leave.mutateAsync({ workspaceId })}
          errorMessage={getErrorMessage}
        />
      </div>
    </Section>
  );
}
