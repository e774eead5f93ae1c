// Time travel is exact: after any sequence of changes made through the API,
// the debate read "as of" each step's last event equals the live read taken
// right after that step — claims, text, links, resolutions, moderation,
// parking, votes, phase, statuses and unanswered objections alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createDebateTeam,
  type DebateRead,
  type DebateTeam,
  openDebate,
  type Person,
} from "../test/debate-fixtures.ts";

type Step = { action: number; pick: number; choice: number };

const step = fc.record({
  action: fc.nat({ max: 15 }),
  pick: fc.nat({ max: 1000 }),
  choice: fc.nat({ max: 1000 }),
});

type Claim = { id: string; kind: string; author: Person };

/** Applies one change chosen by `s`; false when it was refused (nothing changed). */
async function applyStep(team: DebateTeam, debateId: string, claims: Claim[], s: Step) {
  const people = [team.facilitator, team.member, team.owner];
  const who = people[s.choice % people.length]!;
  const claim = claims[s.pick % Math.max(claims.length, 1)];
  const other = claims[(s.pick + s.choice + 1) % Math.max(claims.length, 1)];
  const facilitator = team.facilitator.caller;
  const onClaim = claim ? { claimId: claim.id } : null;
  const post = async (kind: "position" | "support" | "objection", targetId: string | null) => {
    const made = await who.caller.claim.post({
      debateId,
      kind,
      targetId,
      body: `${kind} ${s.pick}`,
    });
    claims.push({ id: made.id, kind, author: who });
  };
  const actions: (() => Promise<unknown> | null)[] = [
    () => post("position", null),
    () => (claim ? post(s.choice % 2 ? "objection" : "support", claim.id) : null),
    () => (claim ? post("objection", claim.id) : null),
    () =>
      claim
        ? claim.author.caller.claim.edit({ claimId: claim.id, body: `edited ${s.choice}` })
        : null,
    () => (onClaim && other ? who.caller.claim.link({ ...onClaim, toId: other.id }) : null),
    () => (onClaim && other ? who.caller.claim.unlink({ ...onClaim, toId: other.id }) : null),
    () =>
      onClaim
        ? who.caller.claim.resolve({ ...onClaim, kind: s.choice % 2 ? "conceded" : "out_of_scope" })
        : null,
    () => (onClaim ? who.caller.claim.reopen(onClaim) : null),
    () => (onClaim ? facilitator.claim.hide(onClaim) : null),
    () => (onClaim ? facilitator.claim.restore(onClaim) : null),
    () => (claim ? claim.author.caller.claim.withdraw({ claimId: claim.id }) : null),
    () => {
      const agreement = (["agree", "unsure", "disagree"] as const)[s.choice % 3]!;
      return onClaim ? who.caller.claim.vote({ ...onClaim, agreement }) : null;
    },
    () => (onClaim ? who.caller.claim.unvote(onClaim) : null),
    () => {
      const phase = (["open", "rebuttal", "voting"] as const)[s.choice % 3]!;
      const parks = claim?.kind === "objection" ? [{ claimId: claim.id, reason: "later" }] : [];
      return facilitator.workshop.setPhase({ debateId, phase, parks });
    },
    () => (onClaim ? facilitator.workshop.lockThread(onClaim) : null),
    () => facilitator.debate.update({ debateId, hideTallies: s.choice % 2 === 0 }),
  ];
  const change = actions[s.action % actions.length]!();
  if (change === null) return false;
  try {
    await change;
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "TRPCError") return false;
    throw error;
  }
}

/** What a past read must repeat: everything but the clock and what may be done (nothing, then). */
function comparable(read: DebateRead) {
  const { serverNow: _now, asOf: _asOf, debate, claims, ...rest } = read;
  const { can: _can, ...debateFacts } = debate;
  return { ...rest, debate: debateFacts, claims: claims.map(({ can: _c, ...claim }) => claim) };
}

describe("debate.get asOf", () => {
  it("reads every past step exactly as the live read did right after it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 12 }), async (steps) => {
        const team = await createDebateTeam();
        const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
        const claims: Claim[] = [];
        const seen: { member: DebateRead; facilitator: DebateRead }[] = [];
        for (const s of steps) {
          if (!(await applyStep(team, debateId, claims, s))) continue;
          seen.push({
            member: await team.member.caller.debate.get({ debateId }),
            facilitator: await team.facilitator.caller.debate.get({ debateId }),
          });
        }
        for (const live of seen) {
          for (const reader of ["member", "facilitator"] as const) {
            const asOf = live[reader].lastEventId!;
            const past = await team[reader].caller.debate.get({ debateId, asOf });
            expect(past.asOf?.eventId).toBe(asOf);
            expect(comparable(past)).toEqual(comparable(live[reader]));
          }
        }
      }),
      { numRuns: 15, endOnFailure: true },
    );
  }, 240_000);
});
