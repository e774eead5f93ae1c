// Runs before every request the web server gets (Next 16's "proxy", formerly
// middleware), for two jobs:
// - in `next dev`, /trpc and /api are forwarded to the API, so the browser
//   sees one origin (API_INTERNAL_URL read at run time). Production never
//   reaches this branch: front/serve.mjs forwards those paths itself, so no
//   rewrite header names the API and X-Forwarded-For is the real peer.
// - pages get a fresh CSP nonce per request, passed to Next on the request so
//   it marks its scripts, and the policy and other security headers on the
//   response (static assets get theirs from next.config.ts).
import { type NextRequest, NextResponse } from "next/server";
import { webEnv } from "./env.ts";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers.ts";

function isApiPath(pathname: string) {
  return /^\/(trpc|api)(\/|$)/.test(pathname);
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isApiPath(pathname)) {
    return NextResponse.rewrite(new URL(`${webEnv.apiInternalUrl}${pathname}${search}`));
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const https = process.env.APP_ORIGIN?.startsWith("https:") ?? false;
  for (const [name, value] of Object.entries(staticSecurityHeaders(https))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    "/trpc/:path*",
    "/api/:path*",
    { source: "/((?!trpc|api|_next/static|_next/image|favicon.ico).*)" },
  ],
};
