"use client";

import { useLayoutEffect, useRef, useState } from "react";
import type { Claim } from "@/lib/debate";
import { ArgumentMap } from "./argument-map";

/** The map's box: measures itself, then draws the map to open at the right place and zoom. */
export function MapFrame({ claims, debatePath }: { claims: Claim[]; debatePath: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box) setSize({ width: box.width, height: box.height });
  }, []);

  return (
    <div
      ref={ref}
      className="h-[70dvh] min-h-[28rem] overflow-hidden rounded-lg border border-stone-300 bg-stone-50"
    >
      {claims.length === 0 ? (
        <p className="p-6 text-stone-700">No claims yet: the map fills in as people post.</p>
      ) : size ? (
        <ArgumentMap claims={claims} debatePath={debatePath} size={size} />
      ) : null}
    </div>
  );
}
