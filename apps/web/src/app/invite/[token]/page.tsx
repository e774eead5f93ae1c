import type { Metadata } from "next";
import { InvitationView } from "@/components/invite/invitation-view";

export const metadata: Metadata = {
  title: "Invitation",
  // The token is a secret: keep it out of the Referer header sent to other sites.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitationView token={token} />;
}
