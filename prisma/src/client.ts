import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type PrismaClientOptions = {
  poolSize?: number;
  /**
   * Longest a single statement may run on the server, in ms (0: no limit).
   * The API keeps it short so a stuck query frees its connection; the
   * operator's command line (exports, imports) has none.
   */
  statementTimeoutMs?: number;
  /**
   * Whether the hot reads on the pool (poolOf) may use named prepared
   * statements (default true). Turn off behind a connection pooler that
   * cannot keep them, such as PgBouncer before 1.21 in transaction mode.
   */
  preparedStatements?: boolean;
};

/** A new connection that gets no answer within this long fails, so a dead host gives an error, not a hang. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * The timeout goes on each new connection, not on the pool: the pool's own
 * connectionTimeoutMillis would also cut short a request waiting its turn for
 * a busy connection, and a room voting at once must queue, not fail.
 */
export class ConnectTimeoutClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(
      typeof config === "string"
        ? { connectionString: config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }
        : { ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    );
    // A dying connection can report its error twice: the query that was
    // running gets it (and the pool drops the client), then the server's
    // "terminating connection" arrives on a client nobody listens to any
    // more, and an 'error' without a listener ends a Node process (seen when
    // the database restarts under load). Callers learn of errors from their
    // queries and the pool; this only keeps a late one from crashing us.
    this.on("error", () => {});
  }

  /**
   * Every session in UTC: times are stored as timestamp(3) holding UTC, and
   * raw SQL and column defaults take now() in the session's zone. Sent as a
   * startup parameter, which PgBouncer passes on too (a SET would not survive
   * its transaction pooling).
   */
  getStartupConf(): Record<string, string> {
    const base = (pg.Client.prototype as unknown as StartupConf).getStartupConf.call(this);
    return { ...base, TimeZone: "UTC" };
  }
}

type StartupConf = { getStartupConf(this: pg.Client): Record<string, string> };

/** The pool under each client createPrismaClient made (see poolOf). */
const pools = new WeakMap<object, pg.Pool>();
/** The pools whose connections may keep named prepared statements. */
const preparingPools = new WeakSet<pg.Pool>();

/**
 * The node-postgres pool under a client from createPrismaClient (undefined
 * for a transaction, an extended client or one made otherwise): for the few
 * hot reads where Prisma's own cost per statement outweighs the statement.
 */
export function poolOf(client: object): pg.Pool | undefined {
  return pools.get(client);
}

/** Whether poolOf's statements may be prepared once per connection and reused (see PrismaClientOptions). */
export function preparesStatements(pool: pg.Pool): boolean {
  return preparingPools.has(pool);
}

export function createPrismaClient(url: string, options: PrismaClientOptions = {}): PrismaClient {
  const statementTimeoutMs = options.statementTimeoutMs ?? 0;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    Client: ConnectTimeoutClient,
    // Notice a peer that vanished without closing the connection.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(statementTimeoutMs > 0
      ? {
          statement_timeout: statementTimeoutMs,
          // The client gives up a little later, for a server that stopped answering at all.
          query_timeout: statementTimeoutMs + 2_000,
        }
      : {}),
  });
  // An idle connection that fails is dropped by the pool, and the next query
  // opens another; without a listener its 'error' would end the process
  // (the adapter adds one only when Prisma connects, after poolOf's users may have).
  pool.on("error", () => {});
  // The client's pool, ended with it ($disconnect).
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Bursts (a room of people voting at once) queue for a connection rather
  // than fail after Prisma's default 2 s wait.
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 20_000, timeout: 20_000 },
  });
  pools.set(client, pool);
  if (options.preparedStatements ?? true) preparingPools.add(pool);
  return client;
}
