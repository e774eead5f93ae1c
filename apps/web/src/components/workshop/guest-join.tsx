"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { GuestJoinForm } from "./guest-join-form";

/** A join code's landing page: the debate it opens, then a name to join with. */
export function GuestJoin({ code }: { code: string }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.guest.preview.queryOptions({ code }, { staleTime: 0 }));
  const question = preview.data?.question;

  useEffect(() => {
    if (question) document.title = `Join: ${question} · Steelman`;
  }, [question]);

  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Join a debate</h1>
      {preview.isPending ? <StatusMessage>Checking the code…</StatusMessage> : null}
      {preview.error ? (
        <div className="space-y-4">
          <FormError message={getErrorMessage(preview.error)} />
          <Link href="/join" className="font-medium underline">
            Enter another code
          </Link>
        </div>
      ) : null}
      {preview.data ? (
        <>
          <div className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm text-stone-600">{preview.data.workspaceName} asks:</p>
            <p className="text-xl font-semibold tracking-tight text-pretty">
              {preview.data.question}
            </p>
            <p className="text-sm text-stone-700">
              {preview.data.role === "observer"
                ? "You will join as an observer: you can read along as it happens."
                : "You will join as a member: you can post claims and vote."}
            </p>
          </div>
          {preview.data.youAre ? (
            <GuestJoinForm code={code} continueAs={preview.data.youAre} />
          ) : (
            <GuestJoinForm code={code} continueAs={null} />
          )}
        </>
      ) : null}
    </div>
  );
}
