// The workspace archive over plain HTTP (a stream either way, not a tRPC
// payload): GET downloads an owner's workspace; POST creates a workspace from
// an uploaded archive. Same session cookie and Origin check (the server's
// onRequest hook) as tRPC; DomainErrors become { error: { message } }.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sessionCookieName } from "../auth/session-cookie.ts";
import type { PrismaClient } from "../db.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ApiEnv } from "../env.ts";
import { archiveFileLines } from "../services/archive/archive-files.ts";
import { exportWorkspaceArchive } from "../services/archive/export-workspace.ts";
import { importWorkspaceArchive } from "../services/archive/import-workspace.ts";
import { type SessionUser, validateSessionToken } from "../services/sessions.ts";

export const ARCHIVE_CONTENT_TYPE = "application/x-ndjson";
export const ARCHIVE_UPLOAD_PATH = "/api/workspace-archives";
/** The largest archive an upload takes (100 debates × 1,000 claims is well under it). */
export const ARCHIVE_UPLOAD_LIMIT = 1024 ** 3;

const STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

export function registerWorkspaceArchiveRoutes(
  server: FastifyInstance,
  prisma: PrismaClient,
  env: ApiEnv,
) {
  const cookie = sessionCookieName(env.secureCookies);
  const signedIn = async (request: FastifyRequest): Promise<SessionUser> => {
    const token = request.cookies[cookie];
    const session = token ? await validateSessionToken(prisma, token) : null;
    if (!session || session.user.isGuest) throw new DomainError("UNAUTHORIZED", "Sign in first.");
    return session.user;
  };
  const fail = (reply: FastifyReply, error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    return reply.code(STATUS[error.code]).send({ error: { message: error.message } });
  };

  server.get<{ Params: { slug: string } }>(
    "/api/workspaces/:slug/archive",
    async (request, reply) => {
      try {
        const user = await signedIn(request);
        const membership = await prisma.membership.findFirst({
          where: { userId: user.id, workspace: { slug: request.params.slug } },
          select: { role: true },
        });
        // Not a member reads as not found: the address does not reveal that the workspace exists.
        if (!membership) throw new DomainError("NOT_FOUND", "No such workspace.");
        if (membership.role !== "owner")
          throw new DomainError("FORBIDDEN", "Only an owner can download the workspace archive.");
      } catch (error) {
        return fail(reply, error);
      }
      const slug = request.params.slug;
      reply.raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        "content-type": `${ARCHIVE_CONTENT_TYPE}; charset=utf-8`,
        "content-disposition": `attachment; filename="${slug}.steelman.ndjson"`,
      });
      reply.hijack();
      const raw = reply.raw;
      try {
        await exportWorkspaceArchive(prisma, slug, async (line) => {
          if (!raw.write(line)) await new Promise((resolve) => raw.once("drain", resolve));
        });
      } catch (error) {
        // Headers are gone; a cut stream lacks its end line, which an import refuses.
        request.log.error({ err: error }, "workspace archive export failed");
      }
      raw.end();
    },
  );

  // The body is a raw stream, counted as it is written to a temporary file.
  server.addContentTypeParser(ARCHIVE_CONTENT_TYPE, (_request, payload, done) =>
    done(null, payload),
  );
  server.post<{ Querystring: { slug?: string } }>(ARCHIVE_UPLOAD_PATH, async (request, reply) => {
    const file = join(tmpdir(), `steelman-upload-${randomUUID()}.ndjson`);
    try {
      const user = await signedIn(request);
      if (Number(request.headers["content-length"] ?? 0) > ARCHIVE_UPLOAD_LIMIT)
        return tooLarge(reply);
      let bytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, next) {
          bytes += chunk.length;
          next(bytes > ARCHIVE_UPLOAD_LIMIT ? new RangeError("too large") : null, chunk);
        },
      });
      const saved = await pipeline(
        request.body as NodeJS.ReadableStream,
        counter,
        createWriteStream(file),
      ).then(
        () => true,
        (error: unknown) => {
          if (error instanceof RangeError) return false;
          throw error;
        },
      );
      if (!saved) return tooLarge(reply);
      const imported = await importWorkspaceArchive(prisma, archiveFileLines(file), {
        slug: request.query.slug ?? "",
        importedById: user.id,
      });
      return { workspace: { id: imported.id, slug: imported.slug, name: imported.name } };
    } catch (error) {
      return fail(reply, error);
    } finally {
      await rm(file, { force: true });
    }
  });
}

function tooLarge(reply: FastifyReply) {
  return reply
    .code(413)
    .send({ error: { message: "The archive is larger than this install accepts (1 GiB)." } });
}
