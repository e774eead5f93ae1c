"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const PREFIX = "steelman:draft:";

function readStored<T>(storageKey: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

function writeStored(storageKey: string, value: unknown | undefined) {
  try {
    if (value === undefined) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify(value));
  } catch {
    // Storage full or refused (private mode): the draft lives only in memory.
  }
}

/**
 * A form's unsent text kept in this browser (localStorage) across reloads and
 * navigation, under `key` (e.g. "claim:<debateId>:reply:<targetId>").
 * `saved` says a draft is stored, for the "Draft saved" hint; `clear` after a
 * successful post.
 */
export function useDraft<T>(key: string, initial: T) {
  const storageKey = PREFIX + key;
  const initialRef = useRef(initial);
  const [value, setValueState] = useState<T>(initial);
  const [saved, setSaved] = useState(false);

  // Read after mounting: the server render has no localStorage.
  useEffect(() => {
    const stored = readStored<T>(storageKey);
    setValueState(stored ?? initialRef.current);
    setSaved(stored !== undefined);
  }, [storageKey]);

  const setValue = useCallback(
    (next: T | ((now: T) => T)) => {
      setValueState((now) => {
        const value = typeof next === "function" ? (next as (now: T) => T)(now) : next;
        const unchanged = JSON.stringify(value) === JSON.stringify(initialRef.current);
        writeStored(storageKey, unchanged ? undefined : value);
        setSaved(!unchanged);
        return value;
      });
    },
    [storageKey],
  );

  const clear = useCallback(() => {
    writeStored(storageKey, undefined);
    setValueState(initialRef.current);
    setSaved(false);
  }, [storageKey]);

  return { value, setValue, clear, saved };
}
