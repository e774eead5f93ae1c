import type { ReactNode } from "react";

/** Loading and empty states: quiet text in the flow of the page, announced politely. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="text-sm text-stone-600">
      {children}
    </p>
  );
}
