"use client";

import { skipToken, useInfiniteQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import Link from "next/link";
import { type FormEvent, useRef, useState } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { useWorkspacePage, WorkspaceBreadcrumb } from "@/components/workspace/workspace-subpage";
import { getErrorMessage } from "@/lib/error-message";
import { claimElementId } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { replaceQuery } from "@/lib/url-filters";
import { HighlightedFragment } from "./highlighted-fragment";
import { useSlashFocus } from "./use-slash-focus";

type Props = { slug: string; initialQuery: string };

export function WorkspaceSearchPage(props: Props) {
  return <SignedInGate>{() => <WorkspaceSearch {...props} />}</SignedInGate>;
}

/** Every debate of the workspace searched at once; the words stay in the address (?q=). */
function WorkspaceSearch({ slug, initialQuery }: Props) {
  const trpc = useTRPC();
  const workspace = useWorkspacePage(slug, "Search");
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  useSlashFocus(input);
  const workspaceId = workspace.data?.id;
  const results = useInfiniteQuery(
    trpc.search.workspace.infiniteQueryOptions(
      workspaceId && query ? { workspaceId, query } : skipToken,
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const name = workspace.data?.name;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = text.trim();
    setQuery(next);
    replaceQuery({ q: next });
  }

  const hits = results.data?.pages.flatMap((page) => page.hits) ?? [];
  const error = workspace.error ?? results.error;
  return (
    <div className="space-y-6">
      <WorkspaceBreadcrumb slug={slug} name={name} />
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <search aria-label="Search the workspace">
        <form onSubmit={onSubmit} className="flex gap-2">
          <label className="relative block flex-1">
            <span className="sr-only">Search every debate</span>
            <Search aria-hidden="true" className="absolute top-2.5 left-3 size-4 text-stone-500" />
            <input
              ref={input}
              type="search"
              value={text}
              placeholder='Words, "a phrase", -without (press /)'
              aria-keyshortcuts="/"
              onChange={(event) => setText(event.target.value)}
              className="w-full rounded-md border border-stone-300 bg-white py-2 pr-3 pl-9 text-sm focus:border-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-stone-400"
            />
          </label>
          <Button type="submit">Search</Button>
        </form>
      </search>
      {error ? <FormError message={getErrorMessage(error)} /> : null}
      {query && results.isPending && workspaceId ? <StatusMessage>Searching…</StatusMessage> : null}
      {query && results.isSuccess && hits.length === 0 ? (
        <p className="text-sm text-stone-600">No claim in this workspace matches “{query}”.</p>
      ) : null}
      {hits.length > 0 ? (
        <ol aria-label="Results" className="space-y-3">
          {hits.map((hit) => (
            <li key={hit.claimId} className="rounded-md border border-stone-200 bg-white p-3">
              <Link
                href={`/w/${slug}/d/${hit.debateId}#${claimElementId(hit.number)}`}
                className="block space-y-1 underline-offset-2 hover:underline"
              >
                <span className="block text-xs text-stone-600">{hit.debateQuestion}</span>
                <span className="block text-sm text-stone-800">
                  <span className="font-medium">#{hit.number}</span>{" "}
                  <HighlightedFragment pieces={hit.fragment} />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      {results.hasNextPage ? (
        <Button
          variant="secondary"
          disabled={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {results.isFetchingNextPage ? "Loading…" : "More results"}
        </Button>
      ) : null}
    </div>
  );
}
