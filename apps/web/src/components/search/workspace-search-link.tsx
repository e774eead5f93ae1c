import { Search } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The way from a workspace to searching all its debates. */
export function WorkspaceSearchLink({ slug }: { slug: string }) {
  return (
    <Link href={`/w/${slug}/search`} className={buttonClass("secondary", "min-h-9 px-3")}>
      <Search aria-hidden="true" className="size-4" />
      Search
    </Link>
  );
}
