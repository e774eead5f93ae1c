"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, FilePen, Replace } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { isFacilitator } from "@/lib/debate";
import { downloadFile, fileNameStem } from "@/lib/download-file";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC, useTRPCClient } from "@/lib/trpc";
import type { DecisionDetail } from "./decision-words";

/** Amend (a new version), supersede (a new decision replacing it), and the Markdown record. */
export function DecisionActions({ slug, decision }: { slug: string; decision: DecisionDetail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const role = useQuery(trpc.workspace.get.queryOptions({ slug }, { select: (w) => w.role })).data;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = `/w/${slug}/d/${decision.debateId}/decide`;
  const canChange =
    role !== undefined &&
    isFacilitator(role) &&
    decision.isLatestVersion &&
    decision.status !== "superseded";

  async function exportMarkdown() {
    setPending(true);
    setError(null);
    try {
      const { markdown } = await client.decision.markdown.query({ decisionId: decision.id });
      downloadFile(
        `decision-${fileNameStem(decision.outcome, "record")}.md`,
        markdown,
        "text/markdown",
      );
    } catch (e) {
      setError(getErrorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canChange ? (
          <>
            <Link
              href={`${decide}?amends=${decision.id}`}
              className={buttonClass("secondary", "min-h-9 px-3")}
            >
              <FilePen aria-hidden="true" className="size-4" />
              Amend
            </Link>
            <Link
              href={`${decide}?supersedes=${decision.id}`}
              className={buttonClass("secondary", "min-h-9 px-3")}
            >
              <Replace aria-hidden="true" className="size-4" />
              Supersede with a new decision
            </Link>
          </>
        ) : null}
        <Button
          className="min-h-9 px-3"
          pending={pending}
          pendingLabel="Exporting…"
          onClick={exportMarkdown}
        >
          <Download aria-hidden="true" className="size-4" />
          Export Markdown
        </Button>
      </div>
      {error ? <FormError message={error} /> : null}
    </div>
  );
}
