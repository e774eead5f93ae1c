import { Activity, Network, Presentation, UsersRound } from "lucide-react";
import Link from "next/link";

const LINK =
  "inline-flex min-h-9 items-center gap-1.5 rounded-md px-2 py-1 text-sm text-stone-700 " +
  "hover:bg-stone-100 hover:text-stone-900";

type DebateViewLinksProps = {
  slug: string;
  debateId: string;
  /** Guests see the opinion groups only when the facilitator allows it. */
  showGroups: boolean;
};

/** The other views of one debate: the room's projector, the argument map, the groups, the activity feed. */
export function DebateViewLinks({ slug, debateId, showGroups }: DebateViewLinksProps) {
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
      {showGroups ? (
        <Link href={`${base}/groups`} className={LINK}>
          <UsersRound aria-hidden="true" className="size-4" />
          Groups
        </Link>
      ) : null}
      <Link href={`${base}/activity`} className={LINK}>
        <Activity aria-hidden="true" className="size-4" />
        Activity
      </Link>
    </nav>
  );
}
