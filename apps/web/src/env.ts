// The web app's configuration: the only place it reads process.env.
// Server-side values only; nothing here reaches the browser.

const DEFAULT_API_INTERNAL_URL = "http://127.0.0.1:3001";

function readApiInternalUrl(value: string | undefined): string {
  const url = value?.trim() || DEFAULT_API_INTERNAL_URL;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error();
  } catch {
    throw new Error(`API_INTERNAL_URL must be an http(s) URL, got "${url}"`);
  }
  return url.replace(/\/+$/, "");
}

export const webEnv = {
  /**
   * Where the web server forwards /trpc and /api (src/proxy.ts). Read when the
   * server starts, not at build time.
   */
  apiInternalUrl: readApiInternalUrl(process.env.API_INTERNAL_URL),
} as const;
