import type { Metadata } from "next";
import { DecisionFormPage } from "@/components/decisions/decision-form-page";
import type { SearchParams } from "@/lib/page-props";

export const metadata: Metadata = { title: "Record a decision" };

type DecideRouteProps = {
  params: Promise<{ slug: string; debateId: string }>;
  searchParams: SearchParams;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

export default async function DecideRoute({ params, searchParams }: DecideRouteProps) {
  const { slug, debateId } = await params;
  const query = await searchParams;
  return (
    <DecisionFormPage
      slug={slug}
      debateId={debateId}
      amendsId={one(query.amends)}
      supersedesId={one(query.supersedes)}
    />
  );
}
