import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-stone-700">There is nothing at this address.</p>
      <Link href="/" className="font-medium underline">
        Go to the start page
      </Link>
    </div>
  );
}
