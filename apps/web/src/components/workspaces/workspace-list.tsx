"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight, Users } from "lucide-react";
import Link from "next/link";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { ROLE_LABELS } from "@/lib/roles";
import { useTRPC } from "@/lib/trpc";

function memberCountLabel(count: number) {
  return count === 1 ? "1 member" : `${count} members`;
}

export function WorkspaceList() {
  const trpc = useTRPC();
  const workspaces = useQuery(trpc.workspace.list.queryOptions());

  if (workspaces.error) return <FormError message={getErrorMessage(workspaces.error)} />;
  if (workspaces.isPending) return <StatusMessage>Loading your workspaces…</StatusMessage>;
  if (workspaces.data.length === 0) {
    return (
      <p className="text-stone-700">
        You are not in any workspace yet. Create one below, or open an invitation link someone sent
        you.
      </p>
    );
  }

  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {workspaces.data.map((workspace) => (
        <li key={workspace.id}>
          <Link
            href={`/w/${workspace.slug}`}
            className="flex items-center gap-3 px-4 py-3 hover:bg-stone-50"
          >
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{workspace.name}</span>
              <span className="flex flex-wrap gap-x-3 text-sm text-stone-600">
                <span>{ROLE_LABELS[workspace.role]}</span>
                <span className="inline-flex items-center gap-1">
                  <Users aria-hidden="true" className="size-3.5" />
                  {memberCountLabel(workspace.memberCount)}
                </span>
              </span>
            </span>
            <ChevronRight aria-hidden="true" className="size-4 text-stone-400" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
