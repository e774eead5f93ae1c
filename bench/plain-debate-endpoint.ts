/**
 * The floor debate-read.ts compares debate.get with: a plain Fastify + pg
 * endpoint that reads the same rows and sends them with JSON.stringify, at
 * /plain/:id. At /checked/:id the same endpoint first does what any
 * endpoint serving people must: finds the session from its cookie (a SHA-256
 * hash, as ours) and the reader's role in the debate's workspace, refusing
 * without either. Statements unnamed, as a plain endpoint sends them.
 *
 * The author's name comes by a subquery per claim, not a join: once the
 * install holds ~50,000 people (the other benches add them), the planner
 * sometimes hashed the whole User table for the join, 88 ms a read, and the
 * floor stalled at ~75 reads/s for a whole run. The subquery is planned as an
 * index lookup per claim, as fast as the join's good plan.
 */
import { createHash } from "node:crypto";
import Fastify from "fastify";
import pg from "pg";

export async function startPlainDebateEndpoint(databaseUrl: string, connections: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const server = Fastify({ logger: false });

  async function readRows(id: string) {
    const [debate, claims, links, resolutions, revisions] = await Promise.all([
      pool.query('SELECT * FROM "Debate" WHERE id = $1', [id]),
      pool.query(
        `SELECT c.id, c.number, c.kind, c."targetId", c.body, c.moderation, c."mergedIntoId",
                c."lockedAt", c."parkedAt", c."parkReason", c."createdAt",
                c."authorId",
                (SELECT u."displayName" FROM "User" u WHERE u.id = c."authorId") AS "authorName"
           FROM "Claim" c
          WHERE c."debateId" = $1 ORDER BY c.number`,
        [id],
      ),
      pool.query('SELECT "fromId", "toId" FROM "ClaimLink" WHERE "debateId" = $1', [id]),
      pool.query('SELECT * FROM "Resolution" WHERE "debateId" = $1 AND "reopenedAt" IS NULL', [id]),
      pool.query(
        'SELECT "claimId", count(*) FROM "ClaimRevision" WHERE "debateId" = $1 GROUP BY "claimId"',
        [id],
      ),
    ]);
    return JSON.stringify({
      debate: debate.rows[0],
      claims: claims.rows,
      links: links.rows,
      resolutions: resolutions.rows,
      revisions: revisions.rows,
    });
  }

  server.get<{ Params: { id: string } }>("/plain/:id", async (request, reply) => {
    reply.header("content-type", "application/json");
    return readRows(request.params.id);
  });

  server.get<{ Params: { id: string } }>("/checked/:id", async (request, reply) => {
    const token = /steelman_session=([^;]+)/.exec(request.headers.cookie ?? "")?.[1] ?? "";
    const hash = createHash("sha256").update(token).digest("hex");
    const session = await pool.query(
      `SELECT s."userId", s."expiresAt" FROM "Session" s WHERE s."tokenHash" = $1`,
      [hash],
    );
    const userId = session.rows[0]?.userId as string | undefined;
    if (!userId || session.rows[0].expiresAt < new Date()) return reply.code(401).send();
    const member = await pool.query(
      `SELECT m.role FROM "Debate" d JOIN "Membership" m
          ON m."workspaceId" = d."workspaceId" AND m."userId" = $2
        WHERE d.id = $1`,
      [request.params.id, userId],
    );
    if (member.rowCount === 0) return reply.code(404).send();
    reply.header("content-type", "application/json");
    return readRows(request.params.id);
  });

  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    pool,
    close: async () => {
      await server.close();
      await pool.end();
    },
  };
}
