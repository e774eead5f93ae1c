"use client";

import { mentionedIn } from "@steelman/api/mentions";
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import { useCurrentUser } from "@/components/auth/use-current-user";
import { mentionQueryAt } from "@/lib/mentions";
import { useTRPC } from "@/lib/trpc";

type Person = { id: string; displayName: string };

/**
 * "@" in a claim's text opens a list of the workspace's members matching
 * what follows: arrows move, Enter or Tab inserts "@Name", Escape closes it
 * (and only it). The picked people go with the post as `mentions`.
 */
export function useMentions(debateId: string, value: string, setValue: (text: string) => void) {
  const trpc = useTRPC();
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [picked, setPicked] = useState<Person[]>([]);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  // Guests are not shown the member list (the server refuses it too).
  const { user } = useCurrentUser();
  const query = caret === null || !user || user.isGuest ? null : mentionQueryAt(value, caret);
  const open = query !== null && dismissed !== query.start;
  const candidates = useQuery({
    ...trpc.debate.mentionCandidates.queryOptions(
      open ? { debateId, query: query.text } : skipToken,
    ),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  const people = open ? (candidates.data ?? []) : [];
  const shown = people.length > 0;
  const current = Math.min(active, people.length - 1);
  const syncCaret = () => setCaret(ref.current?.selectionStart ?? null);

  function pick(person: Person) {
    if (!query || caret === null) return;
    const inserted = `@${person.displayName} `;
    setValue(value.slice(0, query.start) + inserted + value.slice(caret));
    setPicked((before) => (before.some((p) => p.id === person.id) ? before : [...before, person]));
    const at = query.start + inserted.length;
    setCaret(at);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!shown) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + people.length) % people.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      const person = people[current];
      if (person) pick(person);
    } else if (event.key === "Escape") {
      // Closes the list, not the composer around it.
      event.preventDefault();
      event.stopPropagation();
      if (query) setDismissed(query.start);
    }
  }

  const list: ReactNode = shown ? (
    <div
      id={listId}
      role="listbox"
      aria-label="People to mention"
      className="mt-1 max-w-sm overflow-hidden rounded-md border border-stone-300 bg-white py-1 shadow-md"
    >
      {people.map((person, i) => (
        <div
          key={person.id}
          id={`${listId}-${i}`}
          role="option"
          // Focus stays in the text (aria-activedescendant); -1 keeps options out of Tab order.
          tabIndex={-1}
          aria-selected={i === current}
          // Chosen on mouse-down, before the text loses focus.
          onMouseDown={(event) => {
            event.preventDefault();
            pick(person);
          }}
          className="cursor-pointer px-3 py-1.5 text-sm text-stone-700 aria-selected:bg-amber-100 aria-selected:text-stone-900"
        >
          @{person.displayName}
        </div>
      ))}
    </div>
  ) : null;

  return {
    textareaProps: {
      ref,
      onKeyDown,
      onKeyUp: syncCaret,
      onClick: syncCaret,
      "aria-autocomplete": "list" as const,
      "aria-controls": shown ? listId : undefined,
      "aria-activedescendant": shown ? `${listId}-${current}` : undefined,
    },
    onValueChange: (text: string) => {
      setValue(text);
      setActive(0);
      setCaret(ref.current?.selectionStart ?? text.length);
    },
    list,
    /** The picked people the text still names. */
    mentions: () => mentionedIn(value, picked),
  };
}
