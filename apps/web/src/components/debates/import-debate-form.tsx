"use client";

// Owners and facilitators create a debate from a file: a Steelman JSON export
// or an Argdown file (.argdown/.ad). The server validates it and writes it
// in one transaction; its refusal says what is wrong and where.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

export function ImportDebateForm({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [fileError, setFileError] = useState<string | null>(null);
  const onSuccess = async ({ debateId }: { debateId: string }) => {
    await queryClient.invalidateQueries(trpc.debate.list.queryFilter({ workspaceId }));
    router.push(`/w/${slug}/d/${debateId}`);
  };
  const importJson = useMutation(trpc.debate.importJson.mutationOptions({ onSuccess }));
  const importArgdown = useMutation(trpc.debate.importArgdown.mutationOptions({ onSuccess }));
  const error = fileError ?? importJson.error ?? importArgdown.error;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFileError(null);
    importJson.reset();
    importArgdown.reset();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setFileError("Choose a file to import.");
    const text = await file.text();
    if (/\.(argdown|ad)$/i.test(file.name))
      return importArgdown.mutate({ workspaceId, source: text });
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      return setFileError(`${file.name} is neither a JSON export nor an .argdown file.`);
    }
    importJson.mutate({ workspaceId, document });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <h3 className="text-lg font-semibold">Import a debate</h3>
      <label className="block space-y-1 text-sm">
        <span className="font-medium">Debate file (JSON export or Argdown)</span>
        <input
          name="file"
          type="file"
          accept=".json,.argdown,.ad,application/json"
          className="block"
        />
      </label>
      <FormError
        message={error ? (typeof error === "string" ? error : getErrorMessage(error)) : null}
      />
      <Button
        type="submit"
        variant="secondary"
        pending={importJson.isPending || importArgdown.isPending}
        pendingLabel="Importing…"
      >
        Import debate
      </Button>
    </form>
  );
}
