// The API's configuration, read and validated once; the only place that
// reads process.env (the database package has its own env.ts).
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  API_HOST: z.string().default("127.0.0.1"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The origin people use to reach the app; state-changing requests must come from it. */
  APP_ORIGIN: z.url().optional(),
  /** Further allowed origins, comma-separated (e.g. a second host name). */
  ALLOWED_ORIGINS: z.string().default(""),
  /**
   * Seed the demo workspace and users into an empty database. Unset means
   * yes in development and tests, no in production (known passwords).
   */
  STEELMAN_DEMO_SEED: z.enum(["true", "false"]).optional(),
  /**
   * Which proxies' X-Forwarded-For to trust: "loopback" (the web server on
   * this machine, the default), "false", or comma-separated addresses/CIDRs.
   */
  TRUST_PROXY: z.string().default("loopback"),
  /**
   * Longest one SQL statement of a request may run (ms; 0: no limit), so a
   * stuck query frees its connection and the person gets a 503.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * "false" behind a pooler that cannot keep named prepared statements
   * (PgBouncer before 1.21 in transaction mode); the hot reads then run
   * unprepared.
   */
  DATABASE_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true"),
  /** How long the shared part of a debate read is kept (s; 0: off), services/debates/debate-read-cache.ts. */
  DEBATE_READ_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(20),
  /** Email is on when this is set, e.g. "smtp://user:pass@mail.example:587" or "smtps://…". */
  // Empty counts as unset for these (docker compose passes "${SMTP_URL:-}").
  SMTP_URL: z.string().optional(),
  /** The sender of every mail, e.g. "Steelman <steelman@example.org>". */
  MAIL_FROM: z.string().optional(),
  /** Signs unsubscribe links; at least 32 characters; needed when email is on. */
  MAIL_SECRET: z.string().optional(),
  /** The web origin links in mail point to (default: APP_ORIGIN). */
  PUBLIC_WEB_URL: z.union([z.url(), z.literal("")]).optional(),
});

/** Email settings; null when SMTP_URL or MAIL_FROM is missing (then nothing is sent). */
export type MailEnv = { smtpUrl: string; from: string; secret: string };

export type ApiEnv = {
  nodeEnv: "development" | "production" | "test";
  host: string;
  port: number;
  appOrigin: string;
  allowedOrigins: ReadonlySet<string>;
  secureCookies: boolean;
  demoSeed: boolean;
  /** Fastify's trustProxy: false, or the proxy addresses to trust. */
  trustProxy: false | string;
  statementTimeoutMs: number;
  preparedStatements: boolean;
  debateReadCacheSeconds: number;
  mail: MailEnv | null;
  /** Where links in mail lead: the web app's origin. */
  publicWebUrl: string;
};

export function readApiEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const values = parsed.data;
  const appOrigin = new URL(values.APP_ORIGIN ?? `http://localhost:${values.PORT}`).origin;
  const allowed = new Set([appOrigin]);
  // localhost and 127.0.0.1 are the same machine to a person; accept both.
  const url = new URL(appOrigin);
  if (url.hostname === "localhost") allowed.add(`${url.protocol}//127.0.0.1:${url.port}`);
  if (url.hostname === "127.0.0.1") allowed.add(`${url.protocol}//localhost:${url.port}`);
  for (const origin of values.ALLOWED_ORIGINS.split(",").filter(Boolean)) {
    allowed.add(new URL(origin.trim()).origin);
  }
  return {
    nodeEnv: values.NODE_ENV,
    host: values.API_HOST,
    port: values.API_PORT,
    appOrigin,
    allowedOrigins: allowed,
    secureCookies: url.protocol === "https:",
    demoSeed:
      values.STEELMAN_DEMO_SEED === undefined
        ? values.NODE_ENV !== "production"
        : values.STEELMAN_DEMO_SEED === "true",
    trustProxy: values.TRUST_PROXY === "false" ? false : values.TRUST_PROXY,
    statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    preparedStatements: values.DATABASE_PREPARED_STATEMENTS === "true",
    debateReadCacheSeconds: values.DEBATE_READ_CACHE_SECONDS,
    mail: readMailEnv(values),
    publicWebUrl: new URL(values.PUBLIC_WEB_URL || appOrigin).origin,
  };
}

function readMailEnv(values: z.infer<typeof schema>): MailEnv | null {
  if (!values.SMTP_URL || !values.MAIL_FROM) return null;
  if (!values.MAIL_SECRET || values.MAIL_SECRET.length < 32) {
    throw new Error(
      "Invalid configuration:\nMAIL_SECRET: at least 32 characters, needed when SMTP_URL is set (it signs unsubscribe links)",
    );
  }
  return { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM, secret: values.MAIL_SECRET };
}

/** The folder a command was run from (npm runs scripts from the package folder). */
export function readInvocationDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}
