"use client";

// The frame the workspace's own pages share (search, decision log, activity):
// the workspace read once, its name in the tab's title, and a way back to it.
import { useQuery } from "@tanstack/react-query";
import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { useTRPC } from "@/lib/trpc";

/** The workspace a page belongs to; the tab reads "`title` · name · Steelman". */
export function useWorkspacePage(slug: string, title: string) {
  const trpc = useTRPC();
  const workspace = useQuery(trpc.workspace.get.queryOptions({ slug }));
  const name = workspace.data?.name;
  useEffect(() => {
    document.title = `${title}${name ? ` · ${name}` : ""} · Steelman`;
  }, [title, name]);
  return workspace;
}

/** Back to the workspace, by its name once known. */
export function WorkspaceBreadcrumb({ slug, name }: { slug: string; name: string | undefined }) {
  return (
    <nav aria-label="Breadcrumb">
      <Link
        href={`/w/${slug}`}
        className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
      >
        <ChevronLeft aria-hidden="true" className="size-4" />
        {name ?? "Workspace"}
      </Link>
    </nav>
  );
}
