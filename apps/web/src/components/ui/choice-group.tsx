import { type ReactNode, useId } from "react";

export type Choice<T extends string> = { value: T; label: string; hint?: ReactNode };

type ChoiceGroupProps<T extends string> = {
  legend: ReactNode;
  name: string;
  choices: readonly Choice<T>[];
  /** Null until the person picks one: no choice is made for them. */
  value: T | null;
  onChange: (value: T) => void;
  inline?: boolean;
  /** Hide the legend visually (it still names the group for screen readers). */
  legendHidden?: boolean;
  compact?: boolean;
};

/**
 * A radio group: a fieldset whose legend names it, one labelled radio per
 * choice. It may start with nothing chosen (a vote is never pre-filled).
 */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  inline = false,
  legendHidden = false,
  compact = false,
}: ChoiceGroupProps<T>) {
  const id = useId();
  const size = compact ? "min-h-9 px-2.5 py-1.5" : "min-h-10 px-3 py-2";
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className={legendHidden ? "sr-only" : "mb-2 text-sm font-medium text-stone-800"}>
        {legend}
      </legend>
      <div className={inline ? "flex flex-wrap gap-2" : "space-y-2"}>
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          const checked = choice.value === value;
          return (
            <label
              key={choice.value}
              htmlFor={inputId}
              className={`flex cursor-pointer items-start gap-2 rounded-md border text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-700 ${size} ${
                checked
                  ? "border-stone-900 bg-stone-50"
                  : "border-stone-300 bg-white hover:border-stone-500"
              }`}
            >
              <input
                id={inputId}
                type="radio"
                name={name}
                value={choice.value}
                checked={checked}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                className="mt-0.5 size-4 shrink-0 accent-stone-900 focus-visible:outline-none"
              />
              <span className="space-y-0.5">
                <span className="block font-medium text-stone-900">{choice.label}</span>
                {choice.hint ? (
                  <span id={`${inputId}-hint`} className="block text-stone-600">
                    {choice.hint}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
