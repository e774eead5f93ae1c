import type { NextConfig } from "next";
import { webEnv } from "./src/env.ts";
import { staticSecurityHeaders } from "./src/security-headers.ts";

// The browser only ever talks to the web origin; the API sits behind these rewrites.
// Note: rewrites are frozen into the build, so build with the API_INTERNAL_URL you will run with.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks every package (web, API and database) once;
  // checking again inside `next build` would double the build's time.
  typescript: { ignoreBuildErrors: true },
  // Assets get the fixed headers here; pages get them (and the CSP) from src/proxy.ts.
  async headers() {
    const https = process.env.APP_ORIGIN?.startsWith("https:") ?? false;
    const headers = Object.entries(staticSecurityHeaders(https)).map(([key, value]) => ({
      key,
      value,
    }));
    return [{ source: "/_next/:path*", headers }];
  },
  async rewrites() {
    return [
      { source: "/trpc/:path*", destination: `${webEnv.apiInternalUrl}/trpc/:path*` },
      { source: "/api/:path*", destination: `${webEnv.apiInternalUrl}/api/:path*` },
    ];
  },
};

export default nextConfig;
