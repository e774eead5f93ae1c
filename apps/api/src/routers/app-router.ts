import { router } from "../trpc/trpc.ts";
import { apiTokenRouter } from "./api-token-router.ts";
import { authRouter } from "./auth-router.ts";
import { claimRouter } from "./claim-router.ts";
import { debateRouter } from "./debate-router.ts";
import { decisionRouter } from "./decision-router.ts";
import { guestRouter } from "./guest-router.ts";
import { invitationRouter } from "./invitation-router.ts";
import { liveRouter } from "./live-router.ts";
import { notificationRouter } from "./notification-router.ts";
import { proposalRouter } from "./proposal-router.ts";
import { searchRouter } from "./search-router.ts";
import { webhookRouter } from "./webhook-router.ts";
import { workshopRouter } from "./workshop-router.ts";
import { workspaceRouter } from "./workspace-router.ts";

export const appRouter = router({
  auth: authRouter,
  workspace: workspaceRouter,
  invitation: invitationRouter,
  debate: debateRouter,
  claim: claimRouter,
  proposal: proposalRouter,
  decision: decisionRouter,
  live: liveRouter,
  workshop: workshopRouter,
  guest: guestRouter,
  apiToken: apiTokenRouter,
  webhook: webhookRouter,
  search: searchRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;
