import { TRPCClientError } from "@trpc/client";

const UNREACHABLE = "Could not reach the server. Check your connection and try again.";

/** The server's human message, shown inline as-is; a plain sentence when no server answered. */
export function getErrorMessage(error: unknown): string {
  // A tRPC error from the API always carries `data`; without it the answer came from
  // somewhere else (network failure, or the web server could not reach the API).
  if (error instanceof TRPCClientError && !error.data) return UNREACHABLE;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Please try again.";
}
