import type { AppRouter } from "@steelman/api/router";
import type { inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type { Role } from "@steelman/api/vocabulary";
export type Member = RouterOutputs["workspace"]["get"]["members"][number];
