// Workspace inputs, shared by the API's router and the web's forms.
import { z } from "zod";
import { idempotencyKey } from "./idempotency-key.ts";

export const WORKSPACE_NAME_MAX = 80;

export const workspaceName = z
  .string()
  .trim()
  .min(1, "Give the workspace a name.")
  .max(WORKSPACE_NAME_MAX, `Keep the workspace name under ${WORKSPACE_NAME_MAX} characters.`);

export const createWorkspaceFields = z.object({ name: workspaceName, idempotencyKey });
