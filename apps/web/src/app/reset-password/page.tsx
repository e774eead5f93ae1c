import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import type { SearchParams } from "@/lib/page-props";

export const metadata: Metadata = {
  title: "Choose a new password",
  // The token is a secret: keep it out of the Referer header sent to other sites.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
      <ResetPasswordForm token={typeof token === "string" ? token : ""} />
    </div>
  );
}
