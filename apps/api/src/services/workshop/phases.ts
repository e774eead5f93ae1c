// Moving a debate through its phases, with the gate before voting and a
// timer every client counts down from (kept by the server).
import type { PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import {
  assertPhaseGate,
  type Park,
  type Phase,
  phaseEndsAt,
} from "../../domain/debate/phase-rules.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { debateSummarySelect } from "../debates/debate-service.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";
import { recordEvent } from "../events/record-event.ts";
import { storeParks } from "./parking.ts";

export async function setDebatePhase(
  prisma: PrismaClient,
  access: DebateAccess,
  input: { phase: Phase; timerMinutes: number | null; parks: Park[] },
) {
  assertCanModerate(access, "change the debate's phase");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Debate" WHERE "id" = ${access.debate.id}::uuid FOR UPDATE`;
    const graph = await loadDebateGraph(tx, access.debate.id);
    const { status } = computeDebateStatus(graph);
    const numberOf = new Map(graph.claims.map((c) => [c.id, c.number]));
    const unanswered = status.unansweredObjectionIds.map((id) => ({
      id,
      number: numberOf.get(id)!,
    }));
    // Objections parked earlier stay parked: the gate does not ask again.
    const standingParks = graph.claims
      .filter((c) => c.parkedAt !== null)
      .map((c) => ({ claimId: c.id, reason: c.parkReason ?? "parked" }));
    assertPhaseGate(input.phase, unanswered, [...standingParks, ...input.parks]);
    const unansweredIds = new Set(status.unansweredObjectionIds);
    const parks = input.parks.filter((p) => unansweredIds.has(p.claimId));
    if (parks.length !== input.parks.length) {
      throw new DomainError(
        "BAD_REQUEST",
        "Only unanswered objections of this debate can be parked.",
      );
    }
    const now = new Date();
    const before = await tx.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { phase: true },
    });
    const debate = await tx.debate.update({
      where: { id: access.debate.id },
      data: {
        phase: input.phase,
        phaseStartedAt: now,
        phaseEndsAt: phaseEndsAt(now, input.timerMinutes),
        archivedAt: input.phase === "archived" ? now : null,
      },
      select: { ...debateSummarySelect, phaseStartedAt: true, phaseEndsAt: true },
    });
    const scope = {
      workspaceId: access.debate.workspaceId,
      debateId: access.debate.id,
      actorId: access.userId,
    };
    await storeParks(tx, access, parks, numberOf, now);
    await recordEvent(tx, {
      ...scope,
      type: "debate.phase_changed",
      subjectId: access.debate.id,
      data: {
        before: before.phase,
        after: input.phase,
        endsAt: debate.phaseEndsAt?.toISOString() ?? null,
      },
    });
    return debate;
  });
}
