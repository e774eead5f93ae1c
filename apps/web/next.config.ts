import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./src/security-headers.ts";

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// The browser only ever talks to the web origin; src/proxy.ts forwards /trpc
// and /api to the API (at run time, so the build does not depend on where it is).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages and assets are compressed here; /trpc answers arrive compressed from the API.
  compress: true,
  // Production runs the self-contained server in .next/standalone/apps/web/
  // (scripts/standalone-assets.mjs copies the static files next to it); the
  // root is the repository, so the workspace's hoisted packages are traced.
  output: "standalone",
  outputFileTracingRoot: repositoryRoot,
  // src/proxy.ts forwards /api to the API, and Next keeps a proxied body up to
  // this size (10 MB by default): room for a workspace archive upload.
  experimental: { proxyClientMaxBodySize: "256mb" },
  // Assets get the fixed headers here; pages get them (and the CSP) from src/proxy.ts.
  async headers() {
    const https = process.env.APP_ORIGIN?.startsWith("https:") ?? false;
    const headers = Object.entries(staticSecurityHeaders(https)).map(([key, value]) => ({
      key,
      value,
    }));
    return [{ source: "/_next/:path*", headers }];
  },
};

export default nextConfig;
