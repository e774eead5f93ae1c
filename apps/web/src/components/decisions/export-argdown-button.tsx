"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { downloadFile, fileNameStem } from "@/lib/download-file";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPCClient } from "@/lib/trpc";

/** Downloads the debate as Argdown, the argument-map text format. */
export function ExportArgdownButton({ question }: { question: string }) {
  const client = useTRPCClient();
  const { debateId, announce } = useDebate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportArgdown() {
    setPending(true);
    setError(null);
    try {
      const { argdown } = await client.debate.exportArgdown.query({ debateId });
      downloadFile(`${fileNameStem(question)}.argdown`, argdown, "text/plain");
      announce("Exported as Argdown.");
    } catch (e) {
      setError(getErrorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button
        className="min-h-9 px-3"
        pending={pending}
        pendingLabel="Exporting…"
        onClick={exportArgdown}
      >
        <Download aria-hidden="true" className="size-4" />
        Export Argdown
      </Button>
      {error ? (
        <div className="basis-full">
          <FormError message={error} />
        </div>
      ) : null}
    </>
  );
}
