"use client";

import { Plus, X } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";

const MAX_OPTIONS = 20;

type OptionListFieldProps = {
  options: string[];
  onChange: (options: string[]) => void;
  /** The sentence for option `index` ("options.2"), or for the list as a whole. */
  errorOf?: (path: string) => string | null;
};

/** The options of a choice proposal: one text box each, added and removed in place. */
export function OptionListField({ options, onChange, errorOf = () => null }: OptionListFieldProps) {
  const id = useId();
  const set = (index: number, value: string) =>
    onChange(options.map((option, i) => (i === index ? value : option)));

  function add() {
    onChange([...options, ""]);
    requestAnimationFrame(() => document.getElementById(`${id}-${options.length}`)?.focus());
  }

  function remove(index: number) {
    onChange(options.filter((_, i) => i !== index));
    requestAnimationFrame(() =>
      document.getElementById(`${id}-${Math.max(0, index - 1)}`)?.focus(),
    );
  }

  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium text-stone-800">Options</legend>
      <ol className="space-y-2">
        {options.map((option, index) => {
          const error = errorOf(`options.${index}`);
          const errorId = `${id}-${index}-error`;
          return (
            // Options are plain strings that change as they are typed: the position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="space-y-1">
              <div className="flex items-center gap-2">
                <label htmlFor={`${id}-${index}`} className="w-16 shrink-0 text-sm text-stone-600">
                  Option {index + 1}
                </label>
                <input
                  id={`${id}-${index}`}
                  value={option}
                  onChange={(event) => set(index, event.target.value)}
                  required
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className="block min-h-10 w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-base hover:border-stone-500 aria-invalid:border-red-600 sm:text-sm"
                />
                <Button
                  variant="quiet"
                  className="px-2"
                  disabled={options.length <= 2}
                  onClick={() => remove(index)}
                >
                  <X aria-hidden="true" className="size-4" />
                  <span className="sr-only">Remove option {index + 1}</span>
                </Button>
              </div>
              {error ? (
                <p id={errorId} className="ml-18 text-sm text-red-800">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {errorOf("options") ? <p className="text-sm text-red-800">{errorOf("options")}</p> : null}
      <Button className="min-h-9 px-3" disabled={options.length >= MAX_OPTIONS} onClick={add}>
        <Plus aria-hidden="true" className="size-4" />
        Add option
      </Button>
    </fieldset>
  );
}
