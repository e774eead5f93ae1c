import { ScrollText } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The way from a workspace to its decision log. */
export function DecisionLogLink({ slug }: { slug: string }) {
  return (
    <Link href={`/w/${slug}/decisions`} className={buttonClass("secondary", "min-h-9 px-3")}>
      <ScrollText aria-hidden="true" className="size-4" />
      Decision log
    </Link>
  );
}
