import type { ComponentProps } from "react";
import type { Button } from "@/components/ui/button";

const ACTION =
  "inline-flex min-h-8 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md px-2 py-1 " +
  "text-[0.8125rem] text-stone-600 transition-colors hover:bg-stone-100 hover:text-stone-900 " +
  "aria-expanded:bg-stone-100 aria-expanded:text-stone-900 " +
  "disabled:cursor-not-allowed disabled:opacity-60";

/** The quiet, compact button of a claim's action row (a lighter cousin of ui/Button). */
export function ActionButton({
  pending = false,
  pendingLabel,
  className = "",
  type = "button",
  disabled,
  children,
  variant: _variant,
  ...props
}: ComponentProps<typeof Button>) {
  return (
    <button
      type={type}
      className={`${ACTION} ${className}`}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
