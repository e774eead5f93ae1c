import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { type ActivityEvent, type ClaimLookup, describeEvent } from "./activity-sentence";

type ActivityListProps = {
  events: ActivityEvent[];
  lookup?: ClaimLookup;
  /** Links each event to its debate (the workspace's feed). */
  debateHref?: (debateId: string) => string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/** Events as sentences, newest first, with when they happened; "Load more" reaches further back. */
export function ActivityList(props: ActivityListProps) {
  const { events, lookup, debateHref, hasMore, loadingMore, onLoadMore } = props;
  if (events.length === 0) return <p className="text-stone-700">Nothing has happened yet.</p>;
  return (
    <div className="space-y-4">
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {events.map((event) => (
          <li
            key={event.id}
            className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-4 py-2.5"
          >
            <p className="min-w-0 flex-1 text-stone-900">
              {describeEvent(event, lookup)}
              {debateHref && event.debateId && event.debateQuestion ? (
                <>
                  {" "}
                  <span className="text-stone-500">in</span>{" "}
                  <Link
                    href={debateHref(event.debateId)}
                    className="text-stone-700 underline decoration-stone-300 underline-offset-2 hover:decoration-stone-700"
                  >
                    {event.debateQuestion}
                  </Link>
                </>
              ) : null}
            </p>
            <time
              dateTime={event.createdAt.toISOString()}
              title={formatDateTime(event.createdAt)}
              className="text-sm whitespace-nowrap text-stone-500"
            >
              {formatRelative(event.createdAt)}
            </time>
          </li>
        ))}
      </ol>
      {hasMore ? (
        <Button onClick={onLoadMore} pending={loadingMore} pendingLabel="Loading…">
          Load more
        </Button>
      ) : (
        <p className="text-sm text-stone-500">That is everything.</p>
      )}
    </div>
  );
}
