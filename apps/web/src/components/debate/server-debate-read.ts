// The live debate page's one read when the page is loaded in full, made by
// the web server while it renders the page: the HTML then carries the outline
// (shown before any script runs) and the answer travels to the browser inside
// the page, which asks for nothing more. It replaces the inline script that
// started the read from the page's <head> (~200 ms after the request, and
// only once the scripts were on their way). The browser reads for itself
// where this gives null.
import { PACKED_WIRE_HEADER } from "@steelman/api/packed-debate";
import { headers } from "next/headers";
import { cache } from "react";
import { webEnv } from "@/env";
import { debateReadUrl } from "./debate-read-url";

/** The visitor's own headers the API decides by: who (session), from where, with what. */
const FORWARDED = ["cookie", "x-forwarded-for", "user-agent", "accept-language"] as const;

/**
 * Past this, the page is sent without the debate and the browser reads it
 * (and says why, if it fails): a database that went away answers 503 sooner.
 */
const READ_TIMEOUT_MS = 5_000;

/**
 * The debate's packed read (the API's answer, as text) for the person asking
 * for the page, made once per request (the page and its title share it); or
 * null: signed out (the browser's read sends them to sign in); a link's
 * prefetch (a whole read per link shown) or a move within the app (the
 * browser's cache may hold the debate already, and the live stream keeps it
 * current: reading again would resend up to megabytes for nothing), both of
 * which the app's router fetches (`Sec-Fetch-Dest: empty`; Next keeps its own
 * `RSC` header from the page); or any refusal or failure, which the browser's
 * own read then reports in words.
 */
export const readDebateForPage = cache(readDebateFromApi);

async function readDebateFromApi(debateId: string): Promise<string | null> {
  const incoming = await headers();
  const destination = incoming.get("sec-fetch-dest");
  if (!incoming.get("cookie") || (destination !== null && destination !== "document")) return null;
  const forwarded: Record<string, string> = {
    accept: "application/json",
    // Between two of our own processes: compressing it would only cost both of them.
    "accept-encoding": "identity",
    [PACKED_WIRE_HEADER]: "packed",
  };
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value) forwarded[name] = value;
  }
  try {
    const answer = await fetch(`${webEnv.apiInternalUrl}${debateReadUrl(debateId)}`, {
      headers: forwarded,
      cache: "no-store",
      signal: AbortSignal.timeout(READ_TIMEOUT_MS),
    });
    return answer.ok ? await answer.text() : null;
  } catch {
    return null;
  }
}
