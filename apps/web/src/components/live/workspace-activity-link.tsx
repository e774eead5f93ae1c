import { Activity } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The way from a workspace to its activity feed. */
export function WorkspaceActivityLink({ slug }: { slug: string }) {
  return (
    <Link href={`/w/${slug}/activity`} className={buttonClass("secondary", "min-h-9 px-3")}>
      <Activity aria-hidden="true" className="size-4" />
      Activity
    </Link>
  );
}
