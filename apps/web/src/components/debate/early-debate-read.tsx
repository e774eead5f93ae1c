// Starts the debate's read while the page's scripts are still loading: an
// inline script the browser runs as soon as it parses it, hundreds of ms
// before React hydrates and would ask. The page then takes that answer
// (takeEarlyDebateRead) instead of asking again. Server-rendered page loads
// only: a client-side navigation renders no script and reads as before.
import { PACKED_WIRE_HEADER } from "@steelman/api/packed-debate";
import { headers } from "next/headers";
import { debateReadUrl, EARLY_READS } from "./take-early-debate-read";

export async function EarlyDebateRead({ debateId }: { debateId: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const script = `(window.${EARLY_READS}=window.${EARLY_READS}||{})[${JSON.stringify(debateId)}]=fetch(${JSON.stringify(debateReadUrl(debateId))},{headers:{${JSON.stringify(PACKED_WIRE_HEADER)}:"packed"},credentials:"same-origin"}).then(function(r){return r.ok?r.json():null}).catch(function(){return null});`;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script; the id is JSON-escaped
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
