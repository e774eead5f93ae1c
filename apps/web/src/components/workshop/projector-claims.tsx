"use client";

import { useEffect, useRef, useState } from "react";
import { type Claim, excerpt, kindLabel, type People } from "@/lib/debate";

const SHOWN = 4;
const FRESH_MS = 8_000;

/** The newest claims, newest first; one that arrives while the room watches is marked for a moment. */
export function ProjectorClaims({ claims, people }: { claims: Claim[]; people: People }) {
  const newest = claims
    .filter((claim) => claim.moderation === "visible" && claim.kind !== "proposal" && claim.body)
    .sort((a, b) => b.number - a.number)
    .slice(0, SHOWN);
  const fresh = useFreshNumbers(newest[0]?.number ?? 0);

  return (
    // On a wide screen the page never scrolls: claims that do not fit (the oldest) are cut.
    <section
      aria-labelledby="projector-newest"
      className="flex flex-col gap-4 lg:min-h-0 lg:flex-1 lg:overflow-hidden"
    >
      <h2 id="projector-newest" className="text-2xl font-semibold text-stone-700 lg:text-3xl">
        Newest claims
      </h2>
      {newest.length === 0 ? (
        <p className="text-2xl text-stone-700">Nothing posted yet.</p>
      ) : (
        <ol className="space-y-4 lg:min-h-0 lg:overflow-hidden lg:[mask-image:linear-gradient(to_bottom,black_80%,transparent)]">
          {newest.map((claim) => (
            <li
              key={claim.id}
              data-fresh={fresh.has(claim.number) || undefined}
              className="rounded-xl border-l-8 border-stone-300 px-5 py-3 transition-colors duration-1000 data-fresh:border-amber-500 data-fresh:bg-amber-50"
            >
              <p className="text-lg font-semibold tracking-wide text-stone-600 uppercase lg:text-xl">
                {kindLabel(claim)} #{claim.number}
                {claim.authorId && people[claim.authorId] ? (
                  <span className="font-normal normal-case"> · {people[claim.authorId]}</span>
                ) : null}
                {claim.park ? (
                  <span className="font-normal normal-case text-yellow-800">
                    {" "}
                    · Parked: {claim.park.reason}
                  </span>
                ) : null}
              </p>
              <p className="text-2xl leading-snug text-pretty lg:text-3xl">
                {excerpt(claim.body ?? "", 220)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Claim numbers above the highest one seen when the page opened, for FRESH_MS after they arrive. */
function useFreshNumbers(highest: number): ReadonlySet<number> {
  const seen = useRef(highest);
  const timers = useRef<number[]>([]);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => {
    if (highest <= seen.current) return;
    const arrived = Array.from({ length: highest - seen.current }, (_, i) => seen.current + i + 1);
    seen.current = highest;
    setFresh((current) => new Set([...current, ...arrived]));
    const unmark = () =>
      setFresh((current) => new Set([...current].filter((n) => !arrived.includes(n))));
    timers.current.push(window.setTimeout(unmark, FRESH_MS));
  }, [highest]);
  useEffect(
    () => () => {
      for (const timer of timers.current) window.clearTimeout(timer);
    },
    [],
  );
  return fresh;
}
