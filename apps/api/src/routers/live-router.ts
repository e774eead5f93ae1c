import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { streamDebateEvents } from "../realtime/debate-stream.ts";
import { debateProcedure, router } from "../trpc/trpc.ts";

export const liveRouter = router({
  /**
   * Every event of a debate as it happens, over Server-Sent Events. On
   * reconnect the client sends the last id it saw and gets everything since.
   */
  debate: debateProcedure("observer", "follow debates")
    .input(z.object({ lastEventId: z.string().max(30).nullish() }))
    .subscription(({ ctx, input, signal }) => {
      // The stream ends when its session is revoked, so it needs one (not an API token).
      if (!ctx.session) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Live streams need a signed-in session; API tokens cannot follow them.",
        });
      }
      return streamDebateEvents(
        ctx.prisma,
        ctx.events,
        { access: ctx.access, sessionPublicId: ctx.session.publicId },
        input.lastEventId ?? null,
        signal,
      );
    }),
});
