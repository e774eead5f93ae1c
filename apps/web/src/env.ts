// The web app's configuration: the only place it reads process.env.
// Build-time and server-side values only; nothing here reaches the browser.

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
   * Where the web server forwards /trpc and /api. Next.js writes rewrites into
   * .next/routes-manifest.json at build time, so this is read when building.
   */
  apiInternalUrl: readApiInternalUrl(process.env.API_INTERNAL_URL),
} as const;
