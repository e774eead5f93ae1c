import type { Metadata } from "next";
import { GuestJoin } from "@/components/workshop/guest-join";

export const metadata: Metadata = {
  title: "Join a debate",
  robots: { index: false, follow: false },
};

export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <GuestJoin code={decodeURIComponent(code)} />;
}
