import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import type { SearchParams } from "@/lib/page-props";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <SignInForm next={safeReturnPath(next)} />
    </div>
  );
}
