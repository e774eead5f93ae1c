import { tracked } from "@trpc/server";
import { z } from "zod";
import { streamDebateEvents } from "../realtime/debate-stream.ts";
import { requireStreamSession } from "../realtime/stream-quota.ts";
import { debateProcedure, router } from "../trpc/trpc.ts";

export const liveRouter = router({
  /**
   * Every event of a debate as it happens, over Server-Sent Events. On
   * reconnect the client sends the last id it saw and gets everything since.
   * The web's pages read the same stream as plain SSE (http/live-debate-route.ts).
   */
  debate: debateProcedure("observer", "follow debates")
    .input(z.object({ lastEventId: z.string().max(30).nullish() }))
    .subscription(async function* ({ ctx, input, signal }) {
      const events = streamDebateEvents(
        ctx.prisma,
        ctx.events,
        { access: ctx.access, sessionPublicId: requireStreamSession(ctx.session) },
        input.lastEventId ?? null,
        signal,
      );
      for await (const event of events) yield tracked(event.id, event.data);
    }),
});
