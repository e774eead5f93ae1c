import type { Metadata } from "next";
import { DebatePage } from "@/components/debate/debate-page";

// The question becomes the title once the debate has loaded (in the browser, for the signed-in reader).
export const metadata: Metadata = { title: "Debate" };

type DebateRouteProps = { params: Promise<{ slug: string; debateId: string }> };

// The live debate's read was started by the head's inline script (EarlyDebateRead in the root layout).
export default async function DebateRoute({ params }: DebateRouteProps) {
  const { slug, debateId } = await params;
  return <DebatePage slug={slug} debateId={debateId} />;
}
