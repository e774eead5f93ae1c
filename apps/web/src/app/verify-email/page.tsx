import type { Metadata } from "next";
import { VerifyEmailView } from "@/components/auth/verify-email-view";
import type { SearchParams } from "@/lib/page-props";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = {
  title: "Confirm your address",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token, next } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Confirm your address</h1>
      <VerifyEmailView token={typeof token === "string" ? token : ""} next={safeReturnPath(next)} />
    </div>
  );
}
