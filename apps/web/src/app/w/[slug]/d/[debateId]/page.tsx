import type { Metadata } from "next";
import { DebatePage } from "@/components/debate/debate-page";
import { EarlyDebateRead } from "@/components/debate/early-debate-read";

// The question becomes the title once the debate has loaded (in the browser, for the signed-in reader).
export const metadata: Metadata = { title: "Debate" };

type DebateRouteProps = {
  params: Promise<{ slug: string; debateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DebateRoute({ params, searchParams }: DebateRouteProps) {
  const { slug, debateId } = await params;
  // A past moment (?asOf=) reads its own view; only the live debate is read early.
  const past = (await searchParams).asOf !== undefined;
  return (
    <>
      {past ? null : <EarlyDebateRead debateId={debateId} />}
      <DebatePage slug={slug} debateId={debateId} />
    </>
  );
}
