"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useCurrentUser } from "@/components/auth/use-current-user";
import { buttonClass } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

/** Signed out: what Steelman is, and the way in. Signed in: straight to the workspaces. */
export function Landing() {
  const { user, isPending } = useCurrentUser();
  const router = useRouter();

  useEffect(() => {
    if (user) router.replace("/workspaces");
  }, [user, router]);

  if (isPending || user) return <StatusMessage>Loading…</StatusMessage>;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">
          Debate a question. Keep track of what is still unanswered.
        </h1>
        <p className="max-w-prose text-lg text-stone-700">
          Steelman is a calm place for a team to weigh positions, supports and objections, and to
          record what it decided — with an exact account of which objections were still open.
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/sign-up" className={buttonClass("primary")}>
          Create account
        </Link>
        <Link href="/sign-in" className={buttonClass("secondary")}>
          Sign in
        </Link>
      </div>
    </div>
  );
}
