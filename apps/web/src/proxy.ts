// Runs before every page (Next 16's "proxy", formerly middleware): a fresh
// CSP nonce per request, passed to Next on the request so it marks its
// scripts, and the policy and other security headers on the response.
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

export function proxy(request: NextRequest) {
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
  // Pages only: the API sets its own headers on /trpc and /api; static assets get
  // theirs from next.config.ts.
  matcher: [{ source: "/((?!trpc|api|_next/static|_next/image|favicon.ico).*)" }],
};
