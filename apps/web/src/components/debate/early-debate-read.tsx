// Starts a debate page's read while the page's scripts are still arriving:
// an inline script in every page's <head> that, on a debate's address, asks
// for the debate as soon as the stylesheet is in (in the body it ran only
// after the first scripts had run: ~50 ms later). The page then takes that answer
// (takeEarlyDebateRead) instead of asking again. Full page loads only: a
// client-side navigation runs no script and reads as before; a past moment
// (?asOf=) reads its own view.
import { PACKED_WIRE_HEADER } from "@steelman/api/packed-debate";
import { headers } from "next/headers";
import { DEBATE_PATH, debateReadUrl, EARLY_READS } from "./take-early-debate-read";

export async function EarlyDebateRead() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const script = `(function(){var m=${DEBATE_PATH}.exec(location.pathname);if(!m||/[?&]asOf=/.test(location.search))return;var id=decodeURIComponent(m[1]);(window.${EARLY_READS}=window.${EARLY_READS}||{})[id]=fetch(${JSON.stringify(debateReadUrl(""))}.replace("%22%22",encodeURIComponent(JSON.stringify(id))),{headers:{${JSON.stringify(PACKED_WIRE_HEADER)}:"packed"},credentials:"same-origin"}).then(function(r){return r.ok?r.json():null}).catch(function(){return null})})();`;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script; the id is read and escaped in the browser
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
