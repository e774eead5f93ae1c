// A debate holding a claim in every state that decides what a reader may do
// with it (domain/debate/claim-abilities.ts), for the table test that holds
// the `can` bits of debate.get to what the server really allows.
import { TRPCError } from "@trpc/server";
import type { TestCaller } from "./assertions.ts";
import { addPerson, type DebateTeam, openDebate, post } from "./debate-fixtures.ts";
import { testPrisma } from "./harness.ts";

/**
 * The member wrote p1, o4, o6, s7, o9, s10, r13; another member o3, o5, s8, o11, o12;
 * the facilitator p2. o5 answers the member's p1 (resolved by the member), o6 is resolved,
 * s7 and s8 carry links, o9 is hidden, s10 withdrawn, o11 merged into o3, o3 parked,
 * o12 locked (so r13 beneath it is in a locked thread). Spares (owner's) are what
 * merges and links point at, never subjects.
 */
export async function arrangeClaimStates(team: DebateTeam) {
  const other = await addPerson(team.workspace.id, "member", "other-member");
  const [o, f, m, x] = [
    team.owner.caller,
    team.facilitator.caller,
    team.member.caller,
    other.caller,
  ];
  const debateId = await openDebate(o, team.workspace.id);
  const p1 = await post(m, debateId, "position", null);
  const p2 = await post(f, debateId, "position", null);
  const spares = {
    position: (await post(o, debateId, "position", null)).id,
    objection: (await post(o, debateId, "objection", p2.id)).id,
    support: (await post(o, debateId, "support", p2.id)).id,
  };
  const o3 = await post(x, debateId, "objection", p1.id);
  const o4 = await post(m, debateId, "objection", p2.id);
  const o5 = await post(x, debateId, "objection", p1.id);
  await m.claim.resolve({ claimId: o5.id, kind: "out_of_scope" });
  const o6 = await post(m, debateId, "objection", p2.id);
  await f.claim.resolve({ claimId: o6.id, kind: "conceded" });
  const s7 = await post(m, debateId, "support", p1.id);
  await m.claim.link({ claimId: s7.id, toId: p2.id });
  const s8 = await post(x, debateId, "support", p2.id);
  await x.claim.link({ claimId: s8.id, toId: p1.id });
  const o9 = await post(m, debateId, "objection", p1.id);
  await f.claim.hide({ claimId: o9.id });
  const s10 = await post(m, debateId, "support", p2.id);
  await m.claim.withdraw({ claimId: s10.id });
  const o11 = await post(x, debateId, "objection", p1.id);
  await f.claim.merge({ claimId: o11.id, intoId: o3.id });
  const o12 = await post(x, debateId, "objection", p2.id);
  const r13 = await post(m, debateId, "objection", o12.id);
  await f.workshop.lockThread({ claimId: o12.id });
  // Parking happens on the way to voting; here the state alone is what matters.
  await testPrisma().claim.update({
    where: { id: o3.id },
    data: { parkedAt: new Date(), parkReason: "Later", parkedById: team.facilitator.user.id },
  });
  const subjects = { p1, p2, o3, o4, o5, o6, s7, s8, o9, s10, o11, o12, r13 };
  return { debateId, spares, subjects };
}

type Claim = {
  id: string;
  kind: "position" | "proposal" | "support" | "objection";
  lockedAt: string | null;
  linkedTargetIds: string[];
};
type Spares = Awaited<ReturnType<typeof arrangeClaimStates>>["spares"];

/** The mutation behind each claim action, as the page would call it. */
export function attemptAction(
  caller: TestCaller,
  debateId: string,
  action: string,
  claim: Claim,
  spares: Spares,
): Promise<unknown> {
  const claimId = claim.id;
  switch (action) {
    case "reply":
      return caller.claim.post({ debateId, kind: "objection", targetId: claimId, body: "A reply" });
    case "edit":
      return caller.claim.edit({ claimId, body: `Edited ${crypto.randomUUID()}` });
    case "withdraw":
      return caller.claim.withdraw({ claimId });
    case "hide":
      return caller.claim.hide({ claimId });
    case "restore":
      return caller.claim.restore({ claimId });
    case "merge":
      return caller.claim.merge({ claimId, intoId: spares[claim.kind as keyof Spares] });
    case "lock":
      return claim.lockedAt
        ? caller.workshop.unlockThread({ claimId })
        : caller.workshop.lockThread({ claimId });
    case "unpark":
      return caller.workshop.unparkObjection({ claimId });
    case "resolve":
      return caller.claim.resolve({ claimId, kind: "out_of_scope" });
    case "reopen":
      return caller.claim.reopen({ claimId });
    case "link":
      return caller.claim.link({ claimId, toId: spares.position });
    case "unlink":
      return caller.claim.unlink({ claimId, toId: claim.linkedTargetIds[0] ?? spares.position });
    case "vote":
      return caller.claim.vote({ claimId, agreement: "agree" });
    default:
      throw new Error(`No mutation for ${action}`);
  }
}

/** Whether a call succeeded; a refusal (TRPCError) is "no", anything else is a bug. */
export async function succeeds(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    if (error instanceof TRPCError) return false;
    throw error;
  }
}
