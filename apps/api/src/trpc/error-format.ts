// Turns input-validation failures into one readable sentence (the first
// problem found) while keeping the field details for forms.
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";

export function formatTrpcError({
  shape,
  error,
}: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
}) {
  const validationIssues = (error.cause as { issues?: unknown } | undefined)?.issues;
  if (error.code === "BAD_REQUEST" && Array.isArray(validationIssues)) {
    const issues = (validationIssues as { path?: PropertyKey[]; message: string }[]).map(
      (issue) => ({
        path: (issue.path ?? []).map(String).join("."),
        message: issue.message,
      }),
    );
    return {
      ...shape,
      message: issues[0]?.message ?? "The request was not valid.",
      data: { ...shape.data, fieldErrors: issues },
    };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return { ...shape, message: "Something went wrong on our side. Please try again." };
  }
  return { ...shape, data: { ...shape.data, fieldErrors: null } };
}
