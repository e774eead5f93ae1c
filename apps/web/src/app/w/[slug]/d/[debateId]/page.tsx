import type { Metadata } from "next";
import { DebatePage } from "@/components/debate/debate-page";
import { questionInAnswer } from "@/components/debate/debate-read-url";
import { readDebateForPage } from "@/components/debate/server-debate-read";

type DebateRouteProps = {
  params: Promise<{ slug: string; debateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The route's debate and, for the debate now (not a past moment, ?asOf=), the server's read of it. */
async function routeRead({ params, searchParams }: DebateRouteProps) {
  const [{ slug, debateId }, query] = await Promise.all([params, searchParams]);
  const serverRead = query.asOf === undefined ? await readDebateForPage(debateId) : null;
  return { slug, debateId, serverRead };
}

// The question is the title from the first byte (the page's own read, shared);
// a past moment's and a signed-out visitor's page say "Debate" until the browser has read it.
export async function generateMetadata(props: DebateRouteProps): Promise<Metadata> {
  const { serverRead } = await routeRead(props);
  return { title: (serverRead !== null ? questionInAnswer(serverRead) : null) ?? "Debate" };
}

// The debate now is read here, before the page is sent: the HTML carries the
// outline. (Streamed behind a Suspense boundary instead, the frame and scripts
// would leave sooner, but React holds a streamed boundary's reveal until 300 ms
// after the first paint, later than the read arrives.) A past moment is read
// by the browser.
export default async function DebateRoute(props: DebateRouteProps) {
  const { slug, debateId, serverRead } = await routeRead(props);
  return <DebatePage slug={slug} debateId={debateId} serverRead={serverRead} />;
}
