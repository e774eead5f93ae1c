import { z } from "zod";
import { streamDebateEvents } from "../realtime/debate-stream.ts";
import { requireStreamSession } from "../realtime/stream-quota.ts";
import { debateProcedure, router } from "../trpc/trpc.ts";

export const liveRouter = router({
  /**
   * Every event of a debate as it happens, over Server-Sent Events. On
   * reconnect the client sends the last id it saw and gets everything since.
   */
  debate: debateProcedure("observer", "follow debates")
    .input(z.object({ lastEventId: z.string().max(30).nullish() }))
    .subscription(({ ctx, input, signal }) => {
      return streamDebateEvents(
        ctx.prisma,
        ctx.events,
        { access: ctx.access, sessionPublicId: requireStreamSession(ctx.session) },
        input.lastEventId ?? null,
        signal,
      );
    }),
});
