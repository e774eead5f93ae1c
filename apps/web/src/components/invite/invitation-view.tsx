"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useCurrentUser } from "@/components/auth/use-current-user";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime } from "@/lib/format-time";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/roles";
import { type RouterOutputs, useTRPC } from "@/lib/trpc";

type Preview = RouterOutputs["invitation"]["preview"];

const UNUSABLE: Record<Exclude<Preview["status"], "pending">, string> = {
  accepted: "This invitation has already been used. Ask the person who sent it for a new link.",
  expired: "This invitation has expired. Ask the person who sent it for a new link.",
  revoked: "This invitation was withdrawn. Ask the person who sent it for a new link.",
};

export function InvitationView({ token }: { token: string }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }));
  const workspaceName = preview.data?.workspaceName;

  useEffect(() => {
    if (workspaceName) document.title = `Join ${workspaceName} · Steelman`;
  }, [workspaceName]);

  if (preview.error) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Invitation not found</h1>
        <FormError message={getErrorMessage(preview.error)} />
        <p className="text-stone-700">
          Check that the whole link was copied, or ask for a new one.
        </p>
      </div>
    );
  }
  if (preview.isPending) return <StatusMessage>Loading invitation…</StatusMessage>;

  const invitation = preview.data;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-medium text-stone-600">Invitation</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          Join {invitation.workspaceName} on Steelman
        </h1>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm">
        <dt className="text-stone-600">Workspace</dt>
        <dd className="font-medium">{invitation.workspaceName}</dd>
        <dt className="text-stone-600">Role</dt>
        <dd>
          <span className="font-medium">{ROLE_LABELS[invitation.role]}</span>
          <span className="text-stone-600"> — {ROLE_DESCRIPTIONS[invitation.role]}</span>
        </dd>
        <dt className="text-stone-600">
          {invitation.status === "expired" ? "Expired" : "Expires"}
        </dt>
        <dd>{formatDateTime(invitation.expiresAt)}</dd>
      </dl>
      {invitation.status === "pending" ? (
        <JoinAction token={token} workspaceName={invitation.workspaceName} />
      ) : (
        <FormError message={UNUSABLE[invitation.status]} />
      )}
    </div>
  );
}

function JoinAction({ token, workspaceName }: { token: string; workspaceName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { user, isPending } = useCurrentUser();
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ workspaceSlug }) => {
        await queryClient.invalidateQueries(trpc.workspace.pathFilter());
        router.push(`/w/${workspaceSlug}`);
      },
    }),
  );

  if (isPending) return <StatusMessage>Checking whether you are signed in…</StatusMessage>;

  if (!user) {
    const next = encodeURIComponent(`/invite/${token}`);
    return (
      <div className="space-y-3">
        <p className="text-stone-700">
          To join, sign in or create an account. You will come back here.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/sign-up?next=${next}`} className={buttonClass("primary")}>
            Create account
          </Link>
          <Link href={`/sign-in?next=${next}`} className={buttonClass("secondary")}>
            Sign in
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <p className="text-stone-700">
        You are signed in as <span className="font-medium">{user.displayName}</span> ({user.email}).
      </p>
      <FormError message={accept.error ? getErrorMessage(accept.error) : null} />
      <Button
        variant="primary"
        pending={accept.isPending || accept.isSuccess}
        pendingLabel="Joining…"
        onClick={() => accept.mutate({ token })}
      >
        Join {workspaceName}
      </Button>
    </div>
  );
}
