import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import type { SearchParams } from "@/lib/page-props";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Create account</h1>
      <SignUpForm next={safeReturnPath(next)} />
    </div>
  );
}
