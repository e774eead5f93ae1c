"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useId, useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { focusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { HighlightedFragment } from "./highlighted-fragment";
import { useDebounced } from "./use-debounced";
import { useSlashFocus } from "./use-slash-focus";

/** Full-text search in one debate: "/" focuses it, Escape clears it, a result jumps to its claim. */
export function DebateSearch({ debateId }: { debateId: string }) {
  const trpc = useTRPC();
  const input = useRef<HTMLInputElement>(null);
  const resultsId = useId();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim());
  useSlashFocus(input);
  const results = useQuery(
    trpc.search.claims.queryOptions(
      { debateId, query },
      { enabled: query.length > 0, placeholderData: keepPreviousData },
    ),
  );
  const hits = query.length > 0 ? (results.data?.hits ?? []) : [];

  return (
    <search aria-label="Search this debate" className="space-y-2">
      <label className="relative block">
        <span className="sr-only">Search this debate</span>
        <Search aria-hidden="true" className="absolute top-2.5 left-3 size-4 text-stone-500" />
        <input
          ref={input}
          type="search"
          value={text}
          placeholder="Search this debate (press /)"
          aria-controls={resultsId}
          aria-keyshortcuts="/"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") setText("");
          }}
          className="w-full rounded-md border border-stone-300 bg-white py-2 pr-3 pl-9 text-sm focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-stone-400"
        />
      </label>
      {results.error && query ? <FormError message={getErrorMessage(results.error)} /> : null}
      <div id={resultsId} aria-live="polite">
        {query && results.isSuccess && hits.length === 0 ? (
          <p className="text-sm text-stone-600">No claim matches “{query}”.</p>
        ) : null}
        {hits.length > 0 ? (
          <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {hits.map((hit) => (
              <li key={hit.claimId}>
                <button
                  type="button"
                  onClick={() => void focusClaim(hit.number)}
                  className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-50 focus-visible:bg-stone-50 focus-visible:outline-none"
                >
                  <span className="font-medium text-stone-900">#{hit.number}</span>{" "}
                  <span className="text-stone-700">
                    <HighlightedFragment pieces={hit.fragment} />
                  </span>
                </button>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </search>
  );
}
