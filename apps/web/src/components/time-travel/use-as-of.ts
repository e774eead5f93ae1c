"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { replaceQuery } from "@/lib/url-filters";

const MOMENT = /^\d{1,18}$|^\d{4}-\d\d-\d\dT/;

/**
 * The moment a debate page shows (null: now). Read from `?asOf=` when the
 * page opens and written back on every move, so a past view can be reloaded
 * and shared; held in state, since a replaced address alone re-renders nothing.
 */
export function useAsOf(): [string | null, (eventId: string | null) => void] {
  const initial = useSearchParams().get("asOf");
  const [asOf, setAsOf] = useState(initial && MOMENT.test(initial) ? initial : null);
  const move = useCallback((eventId: string | null) => {
    setAsOf(eventId);
    replaceQuery({ asOf: eventId });
  }, []);
  return [asOf, move];
}
