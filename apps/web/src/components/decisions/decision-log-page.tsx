"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { useWorkspacePage, WorkspaceBreadcrumb } from "@/components/workspace/workspace-subpage";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { replaceQuery } from "@/lib/url-filters";
import { DecisionLogFilters, type LogFilters } from "./decision-log-filters";
import { DecisionLogList } from "./decision-log-list";

type DecisionLogProps = { slug: string; initialFilters: LogFilters };

export function DecisionLogPage(props: DecisionLogProps) {
  return <SignedInGate>{() => <DecisionLog {...props} />}</SignedInGate>;
}

function DecisionLog({ slug, initialFilters }: DecisionLogProps) {
  const trpc = useTRPC();
  const workspace = useWorkspacePage(slug, "Decision log");
  const [filters, setFiltersState] = useState<LogFilters>(initialFilters);
  const setFilters = (next: LogFilters) => {
    setFiltersState(next);
    replaceQuery({ q: next.query, status: next.status });
  };
  const workspaceId = workspace.data?.id;
  const log = useQuery(
    trpc.decision.log.queryOptions(
      workspaceId
        ? { workspaceId, status: filters.status, query: filters.query || null }
        : skipToken,
      { placeholderData: keepPreviousData },
    ),
  );
  const name = workspace.data?.name;

  const error = workspace.error ?? log.error;
  const filtered = filters.status !== null || filters.query !== "";

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <WorkspaceBreadcrumb slug={slug} name={name} />
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Decision log</h1>
        <p className="max-w-prose text-sm text-stone-600">
          What this workspace decided, why, and which objections were open at the time. A decision
          whose premise no longer stands is flagged for review.
        </p>
      </header>
      <DecisionLogFilters value={filters} onChange={setFilters} />
      {error ? <FormError message={getErrorMessage(error)} /> : null}
      {!error && (workspace.isPending || log.isPending) ? (
        <StatusMessage>Loading decisions…</StatusMessage>
      ) : null}
      {log.data ? <DecisionLogList slug={slug} entries={log.data} filtered={filtered} /> : null}
    </div>
  );
}
