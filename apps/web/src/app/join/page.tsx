import type { Metadata } from "next";
import { JoinCodeForm } from "@/components/workshop/join-code-form";

export const metadata: Metadata = { title: "Join a debate" };

export default function JoinPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Join a debate</h1>
        <p className="text-stone-700">
          Enter the code shown in the room. You need no account, only a name.
        </p>
      </div>
      <JoinCodeForm />
    </div>
  );
}
