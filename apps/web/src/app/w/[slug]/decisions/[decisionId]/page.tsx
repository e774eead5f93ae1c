import type { Metadata } from "next";
import { DecisionPage } from "@/components/decisions/decision-page";

// The outcome becomes the title once the decision has loaded.
export const metadata: Metadata = { title: "Decision" };

type DecisionRouteProps = { params: Promise<{ slug: string; decisionId: string }> };

export default async function DecisionRoute({ params }: DecisionRouteProps) {
  const { slug, decisionId } = await params;
  return <DecisionPage slug={slug} decisionId={decisionId} />;
}
