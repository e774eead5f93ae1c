// The demo's second debate, told through the real services: claims, votes,
// a parked objection, a closed ranked-choice vote, a consent vote whose
// block was answered, a decision later superseded, and drift after it.
import type { PrismaClient } from "../db.ts";
import type { Disposition } from "../domain/decision/decision-snapshot.ts";
import { postClaim } from "../services/debates/claim-writes.ts";
import { createDebate } from "../services/debates/debate-service.ts";
import { computeDebateStatus, loadDebateGraph } from "../services/debates/read-debate.ts";
import { recordDecision } from "../services/decisions/record-decision.ts";
import { setDebatePhase } from "../services/workshop/phases.ts";
import { type DemoClock, daysAgo } from "./demo-clock.ts";
import * as text from "./pilot-content.ts";
import { runConsentVote, runRankedVote, voteOnClaims } from "./pilot-votes.ts";

const { ADA, BEN, CHLOE, DEV, ELI } = text;

export async function seedPilotDebate(clock: DemoClock): Promise<string> {
  const { prisma } = clock;
  const debate = await clock.at(daysAgo(6), () =>
    createDebate(prisma, clock.workspaceId, clock.userId(BEN), {
      ...text.PILOT_DEBATE,
      anonymous: false,
      hideTallies: false,
      membersMayPropose: false,
      claimVotesOnlyInVoting: false,
      guestsSeeGroups: false,
    }),
  );
  const post = (
    email: string,
    when: Date,
    kind: "position" | "support" | "objection",
    targetId: string | null,
    body: string,
  ) =>
    clock.at(
      when,
      async () =>
        (await postClaim(prisma, await clock.as(email, debate.id), { kind, targetId, body })).id,
    );
  const c = text.PILOT_CLAIMS;
  const narrowPilot = await post(DEV, daysAgo(6, -1), "position", null, c.narrowPilot);
  const ticketsExist = await post(CHLOE, daysAgo(6, -3), "support", narrowPilot, c.ticketsExist);
  const laundering = await post(ADA, daysAgo(5, 20), "objection", narrowPilot, c.laundering);
  await post(DEV, daysAgo(5, 18), "objection", laundering, c.humanReview);
  const portabilityFirst = await post(ELI, daysAgo(5, 16), "position", null, c.portabilityFirst);
  const unverifiable = await post(
    DEV,
    daysAgo(5, 12),
    "objection",
    portabilityFirst,
    c.unverifiable,
  );

  await voteOnClaims(clock, debate.id, daysAgo(5, 6), [
    [ADA, narrowPilot, "unsure", null],
    [CHLOE, narrowPilot, "agree", null],
    [ELI, narrowPilot, "disagree", null],
    [ADA, ticketsExist, "agree", 2],
    [ELI, ticketsExist, "unsure", 3],
    [CHLOE, laundering, "agree", 3],
    [DEV, laundering, "unsure", 2],
    [CHLOE, portabilityFirst, "disagree", null],
    [ADA, unverifiable, "agree", 2],
  ]);

  await changePhase(clock, debate.id, daysAgo(5), "rebuttal", () => "");
  // The gate before voting: what is still unanswered is parked, with a reason.
  await changePhase(clock, debate.id, daysAgo(4, 6), "voting", (id) =>
    id === unverifiable ? text.PARK_REASON : "Set aside for the pilot's first review.",
  );

  const ranked = await runRankedVote(clock, debate.id, daysAgo(4, 4), daysAgo(4));
  const first = await clock.at(daysAgo(3, 20), async () =>
    recordDecision(prisma, await clock.as(BEN, debate.id), {
      ...text.FIRST_DECISION,
      proposalId: ranked,
      premiseClaimIds: [narrowPilot],
      ownerId: clock.userId(CHLOE),
      reviewBy: daysAgo(-30),
      supersedesDecisionId: null,
      amendsDecisionId: null,
      dispositions: await dispositionsForOpenObjections(prisma, debate.id),
    }),
  );

  const consent = await runConsentVote(clock, debate.id, daysAgo(3, 4), daysAgo(2, 2));
  await clock.at(daysAgo(2), async () =>
    recordDecision(prisma, await clock.as(BEN, debate.id), {
      ...text.SECOND_DECISION,
      proposalId: consent,
      premiseClaimIds: [narrowPilot, ticketsExist],
      ownerId: clock.userId(CHLOE),
      reviewBy: daysAgo(-60),
      supersedesDecisionId: first.id,
      amendsDecisionId: null,
      dispositions: await dispositionsForOpenObjections(prisma, debate.id),
    }),
  );
  await changePhase(clock, debate.id, daysAgo(1, 22), "decided", () => "");
  // Drift: a premise of the March decision stops standing after it was taken.
  await post(ELI, daysAgo(1, 3), "objection", ticketsExist, c.reviewedForTone);
  return debate.id;
}

async function changePhase(
  clock: DemoClock,
  debateId: string,
  when: Date,
  phase: "rebuttal" | "voting" | "decided",
  reasonFor: (claimId: string) => string,
) {
  const parks =
    phase === "voting"
      ? (await unansweredIds(clock.prisma, debateId)).map((claimId) => ({
          claimId,
          reason: reasonFor(claimId),
        }))
      : [];
  await clock.at(when, async () =>
    setDebatePhase(clock.prisma, await clock.as(BEN, debateId), {
      phase,
      timerMinutes: null,
      parks,
    }),
  );
}

async function unansweredIds(prisma: PrismaClient, debateId: string): Promise<string[]> {
  const { status } = computeDebateStatus(await loadDebateGraph(prisma, debateId));
  return status.unansweredObjectionIds;
}

/** Every objection open at decision time gets a disposition, as the decision form asks. */
async function dispositionsForOpenObjections(prisma: PrismaClient, debateId: string) {
  const disposition: Disposition = "out_of_scope";
  return (await unansweredIds(prisma, debateId)).map((claimId) => ({
    claimId,
    disposition,
    note: text.DISPOSITION_NOTE,
  }));
}
