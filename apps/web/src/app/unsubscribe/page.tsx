import type { Metadata } from "next";
import { UnsubscribeView } from "@/components/notifications/unsubscribe-view";
import type { SearchParams } from "@/lib/page-props";

export const metadata: Metadata = {
  title: "Unsubscribe",
  // The token is a secret: keep it out of the Referer header sent to other sites.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return <UnsubscribeView token={typeof token === "string" ? token : ""} />;
}
