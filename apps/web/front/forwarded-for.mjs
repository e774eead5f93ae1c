// @ts-check
// The address the API should count a request against. Only the web server
// sees the TCP peer, so it decides here, before Next.js: Next keeps any
// X-Forwarded-For the caller sent, and the API trusts this server's header,
// so a caller could otherwise pick a new address per request and walk past
// every per-address limit.

/**
 * "::ffff:192.0.2.1" and "192.0.2.1" are the same IPv4 peer.
 * @param {string} address
 */
export function normaliseAddress(address) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** @param {string} address */
function isLoopback(address) {
  return address === "::1" || address.startsWith("127.");
}

/**
 * WEB_TRUST_PROXY: comma-separated addresses (or "loopback") of reverse
 * proxies in front of the web server whose X-Forwarded-For is kept. Empty
 * (the default): nothing sits in front, the peer is the caller.
 * @param {string | undefined} setting
 * @returns {(peer: string) => boolean}
 */
export function compileTrustedProxies(setting) {
  const entries = (setting ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const addresses = new Set(entries.map(normaliseAddress));
  const loopback = addresses.has("loopback");
  return (peer) => addresses.has(peer) || (loopback && isLoopback(peer));
}

/**
 * The X-Forwarded-For to send on: the caller's chain followed by the peer when
 * the peer is a trusted proxy, otherwise the peer alone.
 * @param {string | string[] | undefined} incoming
 * @param {string | undefined} peerAddress
 * @param {(peer: string) => boolean} trusted
 */
export function forwardedForHeader(incoming, peerAddress, trusted) {
  const peer = normaliseAddress(peerAddress ?? "");
  const chain = Array.isArray(incoming) ? incoming.join(", ") : (incoming ?? "");
  if (trusted(peer) && chain.trim() !== "") return `${chain}, ${peer}`;
  return peer;
}
