"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Gavel, Plus, ScrollText } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useDebate } from "@/components/debate/debate-context";
import { FormLoading } from "@/components/debate/form-loading";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Section } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ProposalCard } from "./proposal-card";
import type { Proposal } from "./proposal-words";

// Loaded when first opened, like the claim forms (the API's schemas and zod).
const ProposalForm = dynamic(() => import("./proposal-form").then((m) => m.ProposalForm), {
  loading: FormLoading,
});

const REFRESH_MS = 30_000;

/** Open proposals first (what people can still act on), each group newest first as listed. */
function openFirst(proposals: Proposal[]) {
  return [...proposals].sort((a, b) => Number(b.status === "open") - Number(a.status === "open"));
}

/** The debate's proposals, the form to put one to the group, and the way to a decision. */
export function ProposalsSection({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId, writable, mayPropose, claimById, can } = useDebate();
  const proposals = useQuery(
    trpc.proposal.list.queryOptions({ debateId }, { refetchInterval: REFRESH_MS }),
  );
  const [composing, setComposing] = useState(false);
  const openButtonId = useId();

  // A rebuttal anywhere may answer a block: recount whenever the debate changes (not on mount).
  const seenClaims = useRef(claimById);
  useEffect(() => {
    if (seenClaims.current === claimById) return;
    seenClaims.current = claimById;
    void queryClient.invalidateQueries(trpc.proposal.list.queryFilter({ debateId }));
  }, [claimById, queryClient, trpc, debateId]);

  function closeForm() {
    setComposing(false);
    requestAnimationFrame(() => document.getElementById(openButtonId)?.focus());
  }

  const links = (
    <div className="flex flex-wrap gap-2">
      {can.recordDecision ? (
        <Link
          href={`/w/${slug}/d/${debateId}/decide`}
          className={buttonClass("secondary", "min-h-9 px-3")}
        >
          <Gavel aria-hidden="true" className="size-4" />
          Record a decision
        </Link>
      ) : null}
      {/* A guest has no workspace: its decision log would not open for them. */}
      {can.seeDecisionLog ? (
        <Link href={`/w/${slug}/decisions`} className={buttonClass("quiet", "min-h-9 px-3")}>
          <ScrollText aria-hidden="true" className="size-4" />
          Decision log
        </Link>
      ) : null}
    </div>
  );

  return (
    <Section
      title="Proposals"
      description="Courses of action put to a vote. A block is an objection anyone can answer."
      actions={links}
    >
      {mayPropose && writable ? (
        composing ? (
          <ProposalForm onClose={closeForm} />
        ) : (
          <Button id={openButtonId} onClick={() => setComposing(true)} aria-expanded={false}>
            <Plus aria-hidden="true" className="size-4" />
            Put a proposal to the group
          </Button>
        )
      ) : null}
      {proposals.error ? <FormError message={getErrorMessage(proposals.error)} /> : null}
      {proposals.isPending ? <StatusMessage>Loading proposals…</StatusMessage> : null}
      {proposals.data?.length === 0 ? (
        <p className="text-sm text-stone-700">No proposals yet.</p>
      ) : null}
      {proposals.data && proposals.data.length > 0 ? (
        <div className="grid gap-4 md:grid-cols-2">
          {openFirst(proposals.data).map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} />
          ))}
        </div>
      ) : null}
    </Section>
  );
}
