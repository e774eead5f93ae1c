// The debate's read, made by the web server while it draws the page, with the
// reader's own cookie: the page then comes with its outline in the HTML and
// the browser reads nothing more (server-drawn-debate.tsx hands it over).
import { PACKED_WIRE_HEADER } from "@steelman/api/packed-debate";
import { headers } from "next/headers";
import { webEnv } from "@/env";
import type { leanTransformer } from "@/lib/lean-transformer";

/** A tRPC answer's `result.data`, as the browser's client would unpack it. */
export type DebateReadData = Parameters<typeof leanTransformer.deserialize>[0];

/** Beyond this the page is sent without the debate, and the browser reads it (and shows why not). */
const SERVER_READ_TIMEOUT_MS = 3_000;
/** What the API needs to know about the reader: who (the cookie), and from where (rate limits, sessions). */
const PASSED_ON = ["cookie", "x-forwarded-for", "user-agent", "accept-language"];

/** The debate's read as one plain (unbatched) tRPC GET. */
export function debateReadUrl(debateId: string): string {
  return `/trpc/debate.get?input=${encodeURIComponent(JSON.stringify({ json: { debateId } }))}`;
}

/**
 * The packed read, or null when there is none to draw with: signed out, no
 * access, the API down or slow. The browser then reads as before and says why.
 */
export async function readDebateOnServer(debateId: string): Promise<DebateReadData | null> {
  const incoming = await headers();
  const forwarded: Record<string, string> = { [PACKED_WIRE_HEADER]: "packed" };
  for (const name of PASSED_ON) {
    const value = incoming.get(name);
    if (value) forwarded[name] = value;
  }
  if (!forwarded.cookie) return null;
  try {
    const response = await fetch(`${webEnv.apiInternalUrl}${debateReadUrl(debateId)}`, {
      headers: forwarded,
      cache: "no-store",
      signal: AbortSignal.timeout(SERVER_READ_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { result?: { data?: DebateReadData } };
    return body.result?.data ?? null;
  } catch {
    return null;
  }
}
