// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click"
// (form-encoded or multipart) to the List-Unsubscribe address, without cookies
// and without an Origin of ours. The signed token in the address is the proof,
// so this one route is exempt from the origin and JSON-body checks.
import type { FastifyInstance } from "fastify";
import type { PrismaClient } from "../db.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ApiEnv } from "../env.ts";
import { unsubscribeByToken } from "../services/notifications/email-settings.ts";

export const UNSUBSCRIBE_PATH = "/api/unsubscribe";

export function registerUnsubscribeRoute(
  server: FastifyInstance,
  prisma: PrismaClient,
  env: ApiEnv,
): void {
  server.register(async (scope) => {
    // Whatever body the mail client sends, read as text and ignored: the token decides.
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: 4096 }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Querystring: { token?: string } }>(UNSUBSCRIBE_PATH, async (request, reply) => {
      try {
        const done = await unsubscribeByToken(
          prisma,
          env.mail?.secret ?? null,
          request.query.token ?? "",
        );
        return { unsubscribed: true, workspaceName: done.workspaceName };
      } catch (error) {
        if (error instanceof DomainError) {
          return reply.code(404).send({ error: { message: error.message } });
        }
        throw error;
      }
    });
  });
}

/** True for the one-click unsubscribe POST, which the origin and body checks let through. */
export function isUnsubscribePost(method: string, url: string): boolean {
  return method === "POST" && url.split("?", 1)[0] === UNSUBSCRIBE_PATH;
}
