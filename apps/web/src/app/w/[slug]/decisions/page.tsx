import type { Metadata } from "next";
import { DecisionLogPage } from "@/components/decisions/decision-log-page";
import { isDecisionStatus } from "@/components/decisions/decision-words";
import { firstParam } from "@/lib/url-filters";

export const metadata: Metadata = { title: "Decision log" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DecisionLogRoute({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const status = firstParam(search.status);
  return (
    <DecisionLogPage
      slug={slug}
      initialFilters={{
        query: firstParam(search.q).slice(0, 200),
        status: isDecisionStatus(status) ? status : null,
      }}
    />
  );
}
