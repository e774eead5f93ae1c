import type { Metadata } from "next";
import { WorkspaceSearchPage } from "@/components/search/workspace-search-page";
import { firstParam } from "@/lib/url-filters";

export const metadata: Metadata = { title: "Search" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function WorkspaceSearchRoute({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  return <WorkspaceSearchPage slug={slug} initialQuery={firstParam(search.q).slice(0, 200)} />;
}
