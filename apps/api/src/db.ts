// The database types the API uses, from the generated Prisma client.
export type { Prisma, PrismaClient } from "@steelman/db";

import type { Prisma, PrismaClient } from "@steelman/db";

/** A client or an open transaction: data functions accept either. */
export type Db = PrismaClient | Prisma.TransactionClient;
