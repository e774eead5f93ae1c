"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc";

const LINK = "text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline";

/** Workspace › Decision log */
export function DecisionCrumbs({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const workspace = useQuery(trpc.workspace.get.queryOptions({ slug }));
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm">
        <li>
          <Link href={`/w/${slug}`} className={LINK}>
            {workspace.data?.name ?? "Workspace"}
          </Link>
        </li>
        <li aria-hidden="true">
          <ChevronRight className="size-4 text-stone-400" />
        </li>
        <li>
          <Link href={`/w/${slug}/decisions`} className={LINK}>
            Decision log
          </Link>
        </li>
      </ol>
    </nav>
  );
}
