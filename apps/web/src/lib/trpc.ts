import type { AppRouter } from "@steelman/api/router";
import type { inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Role = RouterOutputs["workspace"]["list"][number]["role"];
export type Member = RouterOutputs["workspace"]["get"]["members"][number];
