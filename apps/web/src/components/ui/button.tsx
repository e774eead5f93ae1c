import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "border-stone-900 bg-stone-900 text-white hover:bg-stone-700 hover:border-stone-700",
  secondary: "border-stone-300 bg-white text-stone-900 hover:border-stone-500",
  danger: "border-red-300 bg-white text-red-800 hover:border-red-600 hover:bg-red-50",
  quiet: "border-transparent bg-transparent text-stone-700 hover:bg-stone-100 hover:text-stone-900",
};

export function buttonClass(variant: ButtonVariant = "secondary", extra = "") {
  return [
    "inline-flex min-h-10 shrink-0 items-center whitespace-nowrap justify-center gap-2 rounded-md border px-3.5 py-2",
    "text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    extra,
  ].join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /** Shown instead of the children while an action is under way. */
  pendingLabel?: string;
  pending?: boolean;
};

export function Button({
  variant = "secondary",
  pending = false,
  pendingLabel,
  className = "",
  type = "button",
  disabled,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
