import { router } from "../trpc/trpc.ts";
import { authRouter } from "./auth-router.ts";
import { claimRouter } from "./claim-router.ts";
import { debateRouter } from "./debate-router.ts";
import { invitationRouter } from "./invitation-router.ts";
import { workspaceRouter } from "./workspace-router.ts";

export const appRouter = router({
  auth: authRouter,
  workspace: workspaceRouter,
  invitation: invitationRouter,
  debate: debateRouter,
  claim: claimRouter,
});

export type AppRouter = typeof appRouter;
