import { Activity, Network, Presentation } from "lucide-react";
import Link from "next/link";

const LINK =
  "inline-flex min-h-9 items-center gap-1.5 rounded-md px-2 py-1 text-sm text-stone-700 " +
  "hover:bg-stone-100 hover:text-stone-900";

/** The other views of one debate: the room's projector, the argument map, the activity feed. */
export function DebateViewLinks({ slug, debateId }: { slug: string; debateId: string }) {
  const base = `/w/${slug}/d/${debateId}`;
  return (
    <nav aria-label="Views of this debate" className="-mx-2 flex flex-wrap items-center">
      <Link href={`${base}/projector`} className={LINK}>
        <Presentation aria-hidden="true" className="size-4" />
        Projector
      </Link>
      <Link href={`${base}/map`} className={LINK}>
        <Network aria-hidden="true" className="size-4" />
        Map
      </Link>
      <Link href={`${base}/activity`} className={LINK}>
        <Activity aria-hidden="true" className="size-4" />
        Activity
      </Link>
    </nav>
  );
}
