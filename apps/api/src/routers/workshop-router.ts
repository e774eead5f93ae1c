import { z } from "zod";
import { DEFAULT_JOIN_CODE_HOURS } from "../domain/debate/join-code.ts";
import { PHASES } from "../domain/debate/phase-rules.ts";
import { listGuests, removeGuest } from "../services/workshop/guests.ts";
import {
  closeJoinCode,
  currentJoinCode,
  openJoinCode,
  renewJoinCode,
  setGuestLimit,
} from "../services/workshop/join-codes.ts";
import { unparkObjection } from "../services/workshop/parking.ts";
import { readParticipation } from "../services/workshop/participation.ts";
import { setDebatePhase } from "../services/workshop/phases.ts";
import { setThreadLocked } from "../services/workshop/thread-locks.ts";
import { claimProcedure, debateProcedure, router } from "../trpc/trpc.ts";

/** How many guests a code admits; null for no limit. */
const maxGuests = z
  .number("Give the number of guests the code admits.")
  .int("Give a whole number of guests.")
  .min(1, "A code admits at least one guest.")
  .max(1000, "A code admits at most 1000 guests.")
  .nullable()
  .default(null);

export const workshopRouter = router({
  setPhase: debateProcedure("facilitator", "change the debate's phase")
    .input(
      z.object({
        phase: z.enum(PHASES, "Choose a phase."),
        timerMinutes: z
          .number()
          .int()
          .min(1, "A timer runs at least a minute.")
          .max(480, "A timer runs at most 8 hours.")
          .nullable()
          .default(null),
        parks: z
          .array(
            z.object({
              claimId: z.uuid("Unknown objection."),
              reason: z
                .string()
                .trim()
                .min(1, "Give a reason for parking each objection.")
                .max(500),
            }),
          )
          .max(500)
          .default([]),
      }),
    )
    .mutation(({ ctx, input }) => setDebatePhase(ctx.prisma, ctx.access, input)),

  openJoinCode: debateProcedure("facilitator", "let guests join")
    .input(
      z.object({
        role: z.enum(["member", "observer"], "Guests join as members or observers."),
        maxGuests,
        expiresInHours: z
          .number("Give the hours the code stays valid.")
          .int("Give whole hours.")
          .min(1, "A code stays valid at least an hour.")
          .max(72, "A code stays valid at most 72 hours.")
          .default(DEFAULT_JOIN_CODE_HOURS),
      }),
    )
    .mutation(({ ctx, input: { debateId: _debateId, ...settings } }) =>
      openJoinCode(ctx.prisma, ctx.access, settings),
    ),

  renewJoinCode: debateProcedure("facilitator", "renew the join code").mutation(({ ctx }) =>
    renewJoinCode(ctx.prisma, ctx.access),
  ),

  setGuestLimit: debateProcedure("facilitator", "change the guest limit")
    .input(z.object({ maxGuests }))
    .mutation(({ ctx, input }) => setGuestLimit(ctx.prisma, ctx.access, input.maxGuests)),

  closeJoinCode: debateProcedure("facilitator", "close the join code").mutation(({ ctx }) =>
    closeJoinCode(ctx.prisma, ctx.access),
  ),

  joinCode: debateProcedure("facilitator", "see the join code").query(({ ctx }) =>
    currentJoinCode(ctx.prisma, ctx.access),
  ),

  guests: debateProcedure("facilitator", "see guests").query(({ ctx }) =>
    listGuests(ctx.prisma, ctx.access),
  ),

  removeGuest: debateProcedure("facilitator", "remove guests")
    .input(z.object({ guestUserId: z.uuid("Unknown guest.") }))
    .mutation(({ ctx, input }) => removeGuest(ctx.prisma, ctx.access, input.guestUserId)),

  participation: debateProcedure("facilitator", "see who has taken part").query(({ ctx }) =>
    readParticipation(ctx.prisma, ctx.access),
  ),

  lockThread: claimProcedure("facilitator", "lock threads").mutation(({ ctx, input }) =>
    setThreadLocked(ctx.prisma, ctx.access, input.claimId, true),
  ),

  unlockThread: claimProcedure("facilitator", "unlock threads").mutation(({ ctx, input }) =>
    setThreadLocked(ctx.prisma, ctx.access, input.claimId, false),
  ),

  unparkObjection: claimProcedure("facilitator", "unpark objections").mutation(({ ctx, input }) =>
    unparkObjection(ctx.prisma, ctx.access, input.claimId),
  ),
});
