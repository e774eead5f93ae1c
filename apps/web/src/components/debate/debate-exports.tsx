"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { ExportArgdownButton } from "@/components/decisions/export-argdown-button";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { downloadFile, fileNameStem } from "@/lib/download-file";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPCClient } from "@/lib/trpc";
import { useDebate } from "./debate-context";

type Format = "json" | "apx";

/** Downloads the debate: complete JSON (re-importable) or APX for argumentation solvers. */
export function DebateExports({ question }: { question: string }) {
  const client = useTRPCClient();
  const { debateId, announce } = useDebate();
  const [pending, setPending] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportAs(format: Format) {
    setPending(format);
    setError(null);
    try {
      const stem = fileNameStem(question);
      if (format === "json") {
        const exported = await client.debate.exportJson.query({ debateId });
        downloadFile(
          `${stem}.steelman.json`,
          `${JSON.stringify(exported, null, 2)}\n`,
          "application/json",
        );
      } else {
        const { apx } = await client.debate.exportApx.query({ debateId });
        downloadFile(`${stem}.apx`, apx, "text/plain");
      }
      announce(`Exported as ${format.toUpperCase()}.`);
    } catch (e) {
      setError(getErrorMessage(e));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          className="min-h-9 px-3"
          pending={pending === "json"}
          pendingLabel="Exporting…"
          onClick={() => exportAs("json")}
        >
          <Download aria-hidden="true" className="size-4" />
          Export JSON
        </Button>
        <Button
          className="min-h-9 px-3"
          pending={pending === "apx"}
          pendingLabel="Exporting…"
          onClick={() => exportAs("apx")}
        >
          <Download aria-hidden="true" className="size-4" />
          Export APX
        </Button>
        <ExportArgdownButton question={question} />
      </div>
      {error ? <FormError message={error} /> : null}
    </div>
  );
}
