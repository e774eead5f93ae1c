import type { Metadata } from "next";
import { Suspense } from "react";
import { DebatePage } from "@/components/debate/debate-page";
import { readDebateOnServer } from "@/components/debate/server-debate-read";
import { ServerDrawnDebate } from "@/components/debate/server-drawn-debate";
import { StatusMessage } from "@/components/ui/status-message";

// The question becomes the title once the debate has loaded (in the browser, for the signed-in reader).
export const metadata: Metadata = { title: "Debate" };

type DebateRouteProps = {
  params: Promise<{ slug: string; debateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DebateRoute({ params, searchParams }: DebateRouteProps) {
  const { slug, debateId } = await params;
  // A past moment (?asOf=) reads its own view in the browser; the live debate is drawn here.
  const past = (await searchParams).asOf !== undefined;
  if (past) return <DebatePage slug={slug} debateId={debateId} />;
  // The page's frame and scripts go out at once; the outline follows in the
  // same response as soon as the debate is read.
  return (
    <Suspense fallback={<StatusMessage>Loading the debate…</StatusMessage>}>
      <ServerDrawnOrNot slug={slug} debateId={debateId} />
    </Suspense>
  );
}

async function ServerDrawnOrNot({ slug, debateId }: { slug: string; debateId: string }) {
  const read = await readDebateOnServer(debateId);
  // No read (signed out, no access, the API unreachable): the browser reads, and says why.
  return read ? (
    <ServerDrawnDebate slug={slug} debateId={debateId} read={read} />
  ) : (
    <DebatePage slug={slug} debateId={debateId} />
  );
}
