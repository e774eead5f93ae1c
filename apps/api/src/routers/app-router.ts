import { router } from "../trpc/trpc.ts";
import { authRouter } from "./auth-router.ts";
import { invitationRouter } from "./invitation-router.ts";
import { workspaceRouter } from "./workspace-router.ts";

export const appRouter = router({
  auth: authRouter,
  workspace: workspaceRouter,
  invitation: invitationRouter,
});

export type AppRouter = typeof appRouter;
