import type { Metadata } from "next";
import { DebatePage } from "@/components/debate/debate-page";

// The question becomes the title once the debate has loaded (in the browser, for the signed-in reader).
export const metadata: Metadata = { title: "Debate" };

type DebateRouteProps = { params: Promise<{ slug: string; debateId: string }> };

export default async function DebateRoute({ params }: DebateRouteProps) {
  const { slug, debateId } = await params;
  return <DebatePage slug={slug} debateId={debateId} />;
}
