// tRPC setup and the procedure builders every router starts from, so that
// each procedure's first line says who may call it.
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "../db.ts";
import type { Role } from "../domain/roles.ts";
import { installHumanValidationMessages } from "../schemas/human-messages.ts";
import type { ApiTokenGrant } from "../services/api-tokens/api-tokens.ts";
import {
  type DebateAccess,
  requireClaimAccess,
  requireDebateAccess,
} from "../services/debates/debate-access.ts";
import { requireDebateReadAccess } from "../services/debates/debate-read-access.ts";
import { requireDecisionAccess } from "../services/decisions/decision-access.ts";
import { requireWorkspaceAccess } from "../services/memberships.ts";
import { consumeRateLimit, type RateLimitRule } from "../services/rate-limits.ts";
import type { Context } from "./context.ts";
import { formatTrpcError } from "./error-format.ts";
import { leanTransformer } from "./lean-json.ts";
import { mapDomainError } from "./map-domain-error.ts";

installHumanValidationMessages();

const t = initTRPC.context<Context>().create({
  // superjson, except hot reads already in JSON form (lean-json.ts).
  transformer: leanTransformer,
  errorFormatter: formatTrpcError,
  // Server-Sent Events: a ping keeps proxies from closing quiet streams.
  sse: {
    ping: { enabled: true, intervalMs: 10_000 },
    client: { reconnectAfterInactivityMs: 25_000 },
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = mapDomainError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapDomainErrors);

/**
 * Counts one write of this kind by the caller (the person, else the address)
 * and refuses it with 429 past the rule's limit; shared by every instance.
 */
export function rateLimited(rule: RateLimitRule, what: string) {
  return t.middleware(async ({ ctx, next }) => {
    const subject = ctx.user?.id ?? `ip:${ctx.client.ipAddress}`;
    const result = await consumeRateLimit(ctx.prisma, rule, subject);
    if (!result.allowed) {
      const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `You are sending ${what} faster than anyone types. Wait ${seconds} seconds and try again.`,
      });
    }
    return next();
  });
}

/** A signed-in person (a browser session; API tokens reach the scoped builders below only). */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.apiToken) {
    throw new TRPCError({ code: "FORBIDDEN", message: API_TOKEN_OUT_OF_REACH });
  }
  if (!ctx.user || !ctx.session) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  }
  return next({ ctx: { user: ctx.user, session: ctx.session } });
});

/** A signed-in person with an account: guests, who reach one debate only, are refused. */
export const accountProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.isGuest) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Guests take part in the debate they joined; create an account to do more.",
    });
  }
  return next();
});

const API_TOKEN_OUT_OF_REACH =
  "API tokens reach a workspace's debates, claims and decisions; sign in for everything else.";

/**
 * A signed-in person or a personal API token acting for them: a read token
 * is refused every change. The scoped builders then keep a token to its workspace.
 */
const personProcedure = publicProcedure.use(({ ctx, type, next }) => {
  const apiToken = ctx.apiToken ?? null;
  if (!ctx.user || (!ctx.session && !apiToken)) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  }
  if (apiToken?.scope === "read" && type === "mutation") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This API token can only read. Create a token with write access to make changes.",
    });
  }
  return next({ ctx: { user: ctx.user, session: ctx.session, apiToken } });
});

/** A token's requests stay inside the workspace it was made for. */
function requireTokenWorkspace(apiToken: ApiTokenGrant | null, workspaceId: string): void {
  if (apiToken && apiToken.workspaceId !== workspaceId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This API token belongs to another workspace.",
    });
  }
}

const workspaceIdInput = z.object({ workspaceId: z.uuid("Unknown workspace.") });

/** A member of the input's workspace with at least `minimum` role, checked against the database. */
export function workspaceProcedure(minimum: Role, action: string) {
  return personProcedure.input(workspaceIdInput).use(async ({ ctx, input, next }) => {
    const access = await requireWorkspaceAccess(ctx.prisma, ctx.user.id, input, minimum, action);
    requireTokenWorkspace(ctx.apiToken, access.workspaceId);
    return next({ ctx: { access } });
  });
}

const debateIdInput = z.object({ debateId: z.uuid("Unknown debate.") });

/** A member of the debate's workspace with at least `minimum` role. */
export function debateProcedure(minimum: Role, action: string) {
  return debateCheckedBy(requireDebateAccess, minimum, action);
}

/**
 * debateProcedure for the whole-debate read: the same check, with the
 * debate's header and latest event id in its statement (debate-read-access.ts).
 */
export function debateReadProcedure(minimum: Role, action: string) {
  return debateCheckedBy(requireDebateReadAccess, minimum, action);
}

function debateCheckedBy<A extends DebateAccess>(
  check: (db: Db, userId: string, debateId: string, minimum: Role, action: string) => Promise<A>,
  minimum: Role,
  action: string,
) {
  return personProcedure.input(debateIdInput).use(async ({ ctx, input, next }) => {
    const access = await check(ctx.prisma, ctx.user.id, input.debateId, minimum, action);
    requireTokenWorkspace(ctx.apiToken, access.debate.workspaceId);
    return next({ ctx: { access } });
  });
}

const claimIdInput = z.object({ claimId: z.uuid("Unknown claim.") });

/** A member of the claim's debate's workspace with at least `minimum` role. */
export function claimProcedure(minimum: Role, action: string) {
  return personProcedure.input(claimIdInput).use(async ({ ctx, input, next }) => {
    const access = await requireClaimAccess(
      ctx.prisma,
      ctx.user.id,
      input.claimId,
      minimum,
      action,
    );
    requireTokenWorkspace(ctx.apiToken, access.debate.workspaceId);
    return next({ ctx: { access } });
  });
}

const decisionIdInput = z.object({ decisionId: z.uuid("Unknown decision.") });

/** A member of the decision's workspace with at least `minimum` role. */
export function decisionProcedure(minimum: Role, action: string) {
  return personProcedure.input(decisionIdInput).use(async ({ ctx, input, next }) => {
    const access = await requireDecisionAccess(
      ctx.prisma,
      ctx.user.id,
      input.decisionId,
      minimum,
      action,
    );
    requireTokenWorkspace(ctx.apiToken, access.debate.workspaceId);
    return next({ ctx: { access } });
  });
}
