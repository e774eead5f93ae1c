"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useTRPC } from "@/lib/trpc";

type Upload =
  | { state: "idle" }
  | { state: "sending"; sent: number; total: number }
  | { state: "importing" };

/** Uploads an archive to the API's streaming route (XHR, for upload progress). */
function sendArchive(file: File, slug: string, onProgress: (sent: number, total: number) => void) {
  return new Promise<{ slug: string }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/workspace-archives?slug=${encodeURIComponent(slug)}`);
    request.setRequestHeader("content-type", "application/x-ndjson");
    request.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    request.onerror = () => reject(new Error("The upload did not reach the server; try again."));
    request.onload = () => {
      const body = JSON.parse(request.responseText || "{}") as {
        workspace?: { slug: string };
        error?: { message: string };
      };
      if (request.status === 200 && body.workspace) resolve(body.workspace);
      else if (request.status === 413)
        reject(new Error("The archive is too large for this install."));
      else reject(new Error(body.error?.message ?? "The archive could not be imported."));
    };
    request.send(file);
  });
}

export function CreateFromArchiveForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("archive");
    if (!(file instanceof File) || file.size === 0) return setError("Choose an archive file.");
    setError(null);
    try {
      const workspace = await sendArchive(file, String(form.get("slug")).trim(), (sent, total) =>
        setUpload(sent < total ? { state: "sending", sent, total } : { state: "importing" }),
      );
      await queryClient.invalidateQueries(trpc.workspace.list.queryFilter());
      router.push(`/w/${workspace.slug}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setUpload({ state: "idle" });
    }
  }

  const busy = upload.state !== "idle";
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <TextField
        label="Archive file"
        name="archive"
        type="file"
        accept=".ndjson,application/x-ndjson"
        required
      />
      <TextField
        label="Address of the new workspace"
        name="slug"
        required
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        hint="Lower-case letters, digits and dashes: it becomes /w/<address>."
      />
      {upload.state === "sending" ? (
        <label className="block text-sm text-stone-700">
          Uploading… {Math.round((100 * upload.sent) / upload.total)}%
          <progress className="block w-full" max={upload.total} value={upload.sent} />
        </label>
      ) : null}
      {upload.state === "importing" ? (
        <p role="status" className="text-sm text-stone-700">
          Uploaded; checking and importing the archive…
        </p>
      ) : null}
      <FormError message={error} />
      <Button type="submit" variant="primary" pending={busy} pendingLabel="Importing…">
        Create workspace from archive
      </Button>
    </form>
  );
}
