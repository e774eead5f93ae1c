import type { ReactNode, TextareaHTMLAttributes } from "react";
import { TextAreaField } from "./field";

const count = (n: number) => n.toLocaleString("en");

/** Why a text cannot be sent, or null: the server trims, then counts. */
export function overLimitReason(value: string, max: number): string | null {
  const length = value.trim().length;
  if (length <= max) return null;
  return `Too long to post: ${count(length)} of ${count(max)} characters. Shorten it by ${count(length - max)}.`;
}

type LimitedTextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "value" | "onChange" | "maxLength"
> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  max: number;
  hint?: ReactNode;
  error?: string | null;
  /** Shows "Draft saved" when the text is kept in this browser. */
  draftSaved?: boolean;
};

/**
 * A textarea that never cuts a paste: a live count ("4,812 / 5,000"), and
 * past the limit a clear reason (the form's button is disabled with it).
 */
export function LimitedTextArea({
  value,
  onValueChange,
  max,
  hint,
  draftSaved = false,
  ...props
}: LimitedTextAreaProps) {
  const reason = overLimitReason(value, max);
  return (
    <TextAreaField
      {...props}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      hint={
        <>
          {hint ? <span className="block">{hint}</span> : null}
          <span className="flex flex-wrap gap-x-3">
            <span className={reason ? "font-medium text-red-800" : undefined}>
              {reason ?? `${count(value.trim().length)} / ${count(max)}`}
            </span>
            {draftSaved ? <span>Draft saved</span> : null}
          </span>
        </>
      }
    />
  );
}
