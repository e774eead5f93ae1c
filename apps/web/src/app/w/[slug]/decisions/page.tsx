import type { Metadata } from "next";
import { DecisionLogPage } from "@/components/decisions/decision-log-page";

export const metadata: Metadata = { title: "Decision log" };

export default async function DecisionLogRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <DecisionLogPage slug={slug} />;
}
