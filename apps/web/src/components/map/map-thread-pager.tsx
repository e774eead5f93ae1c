"use client";

import { useId, useMemo, useState } from "react";
import { type Claim, countLabel, excerpt, kindLabel } from "@/lib/debate";
import { MapFrame } from "./map-frame";
import { MAP_WHOLE_UP_TO, mapPages } from "./map-pages";

/**
 * The map of a debate: whole when small; for a big one, one thread at a
 * time (a position or proposal and what hangs below it), chosen from a list,
 * since laying out thousands of claims at once takes the browser seconds.
 */
export function MapThreadPager({ claims, debatePath }: { claims: Claim[]; debatePath: string }) {
  const pages = useMemo(
    () => (claims.length > MAP_WHOLE_UP_TO ? mapPages(claims) : null),
    [claims],
  );
  const [chosen, setChosen] = useState(0);
  const selectId = useId();
  if (!pages) return <MapFrame claims={claims} debatePath={debatePath} />;
  const page = pages[Math.min(chosen, pages.length - 1)];
  if (!page) return <MapFrame claims={[]} debatePath={debatePath} />;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={selectId} className="font-medium text-stone-800">
          Thread shown
        </label>
        <select
          id={selectId}
          value={Math.min(chosen, pages.length - 1)}
          onChange={(event) => setChosen(Number(event.target.value))}
          className="max-w-full rounded-md border border-stone-300 bg-white px-2 py-1"
        >
          {pages.map(({ root, total }, index) => (
            <option key={root.id} value={index}>
              {kindLabel(root)} #{root.number}
              {root.body ? `: ${excerpt(root.body, 50)}` : ""} ({countLabel(total, "claim")})
            </option>
          ))}
        </select>
      </div>
      <p className="text-sm text-stone-600">
        This debate is big: the map shows one thread at a time.
        {page.claims.length < page.total
          ? ` This thread's oldest ${page.claims.length} of ${page.total} claims are drawn; the outline lists them all.`
          : null}
      </p>
      <MapFrame key={page.root.id} claims={page.claims} debatePath={debatePath} />
    </div>
  );
}
