"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { type Claim, excerpt, kindLabel } from "@/lib/debate";
import { matchClaims } from "@/lib/link-candidates";

type ClaimPickerProps = {
  label: string;
  /** The claims that may be chosen. */
  claims: readonly Claim[];
  selected: Claim | null;
  onSelect: (claim: Claim | null) => void;
  error?: string | null;
  /** In a dialog: open on the search rather than on the close button (as TextField does). */
  autoFocus?: boolean;
};

const MAX_SHOWN = 8;

/** "#12 · Objection: Costs would rise…", the words an option and a choice read as. */
function optionText(claim: Claim) {
  return `#${claim.number} · ${kindLabel(claim)}: ${excerpt(claim.body ?? "", 90)}`;
}

/**
 * A searchable claim list (the ARIA combobox pattern): type a number or some
 * words, move with the arrow keys, choose with Enter or a click. Once a claim
 * is chosen Enter submits the surrounding form.
 */
export function ClaimPicker({
  label,
  claims,
  selected,
  onSelect,
  error,
  autoFocus = false,
}: ClaimPickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Once a claim is chosen the box shows its words; reopening the list offers every claim again.
  const matches = matchClaims(selected ? "" : query, claims).slice(0, MAX_SHOWN);
  const activeClaim = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const optionId = (claim: Claim) => `${id}-option-${claim.number}`;

  function type(value: string) {
    setQuery(value);
    setActive(0);
    setOpen(true);
    if (selected) onSelect(null);
  }

  function choose(claim: Claim) {
    onSelect(claim);
    setQuery(optionText(claim));
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = matches.length - 1;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      if (!open) return setOpen(true);
      setActive((now) => (last < 0 ? 0 : (Math.min(now, last) + step + last + 1) % (last + 1)));
    } else if (event.key === "Enter" && activeClaim) {
      event.preventDefault();
      choose(activeClaim);
    } else if (event.key === "Escape" && open) {
      // Closes the list (a dialog around the picker may close with it).
      setOpen(false);
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="relative space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeClaim ? optionId(activeClaim) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: only inside a dialog the person just opened (the ARIA dialog pattern focuses its main field).
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(!selected)}
        onBlur={() => setOpen(false)}
        placeholder="Type a number or some words"
        className="block w-full min-h-10 rounded-md border border-stone-300 bg-white px-3 py-2 text-base hover:border-stone-500 aria-invalid:border-red-600 sm:text-sm"
      />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className="max-h-64 overflow-y-auto rounded-md border border-stone-300 bg-white py-1 shadow-md"
      >
        {matches.map((claim) => (
          <div
            key={claim.id}
            id={optionId(claim)}
            role="option"
            // Focus stays in the input (aria-activedescendant); -1 keeps options out of Tab order.
            tabIndex={-1}
            aria-selected={claim === activeClaim}
            // Chosen on mouse-down, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(claim);
            }}
            className="cursor-pointer px-3 py-1.5 text-sm aria-selected:bg-stone-100"
          >
            {optionText(claim)}
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className="text-sm text-stone-600" aria-live="polite">
        {open
          ? matches.length === 0
            ? "No claim matches; try other words or a number."
            : `${matches.length} ${matches.length === 1 ? "claim matches" : "claims match"}; use the arrow keys and Enter to choose.`
          : selected
            ? `Chosen: #${selected.number}.`
            : "Type a claim's number or some of its words."}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
