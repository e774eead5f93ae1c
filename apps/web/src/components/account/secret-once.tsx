"use client";

import { CopyField } from "@/components/workspace/copy-field";

/** A secret the server shows once (a token, a signing secret), with a copy button. */
export function SecretOnce({ label, value }: { label: string; value: string }) {
  return (
    <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-900">
        Copy it now: it is shown only this once and cannot be read again.
      </p>
      <CopyField label={label} value={value} />
    </div>
  );
}
