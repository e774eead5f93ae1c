"use client";

import { Check, Copy } from "lucide-react";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** A read-only value (a link) with a button that copies it; falls back to selecting it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      // No clipboard access (an insecure origin, or permission refused): select it instead.
      inputRef.current?.select();
      setCopied("selected");
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={inputRef}
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="block min-h-10 w-full min-w-0 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm text-stone-900"
        />
        <Button onClick={copy} className="shrink-0">
          {copied === "copied" ? (
            <Check aria-hidden="true" className="size-4" />
          ) : (
            <Copy aria-hidden="true" className="size-4" />
          )}
          Copy link
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-stone-600">
        {copied === "copied" ? "Copied to the clipboard." : null}
        {copied === "selected" ? "Selected: press Ctrl+C (or ⌘C) to copy." : null}
      </p>
    </div>
  );
}
