import type { Metadata } from "next";
import { DebateActivityPage } from "@/components/live/debate-activity-page";

export const metadata: Metadata = { title: "Activity" };

type ActivityRouteProps = { params: Promise<{ slug: string; debateId: string }> };

export default async function DebateActivityRoute({ params }: ActivityRouteProps) {
  const { slug, debateId } = await params;
  return <DebateActivityPage slug={slug} debateId={debateId} />;
}
