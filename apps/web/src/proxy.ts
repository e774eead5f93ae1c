// Forwards /trpc and /api to the API, so the browser sees one origin. Done
// here rather than with next.config rewrites because those are frozen into
// the build: this reads API_INTERNAL_URL when the server runs, so one build
// (or one Docker image) works wherever the API lives.
import { type NextRequest, NextResponse } from "next/server";
import { webEnv } from "./env.ts";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  return NextResponse.rewrite(new URL(`${webEnv.apiInternalUrl}${pathname}${search}`));
}

export const config = { matcher: ["/trpc/:path*", "/api/:path*"] };
