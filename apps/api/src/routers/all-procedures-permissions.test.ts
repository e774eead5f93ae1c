// One permission walk over every procedure of the app router: a procedure
// without a row fails the first test. Each row says who the procedure admits;
// the runner then refuses signed-out callers, strangers, another workspace's
// owner, a removed member, a guest of another debate (and of this one, where
// the role or the workspace scope closes the door), every role below the
// minimum, and an owner passing ids from another debate or workspace in any
// id-taking input. What the admitted roles then see is checked in the
// per-router tables (*-permissions.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { TestCaller } from "../test/assertions.ts";
import {
  type Access,
  arrangeWalk,
  expectForeignRefused,
  expectRefusedUnchanged,
  refusalsFor,
  type WalkFixture,
  type WalkRow,
} from "../test/permission-walk.ts";
import { collectLive } from "../test/workshop-fixtures.ts";
import { appRouter } from "./app-router.ts";

const PUBLIC: Access = { kind: "public" };
const SESSION: Access = { kind: "session" };
const ACCOUNT: Access = { kind: "account" };
const ws = (minimum: "observer" | "facilitator" | "owner"): Access => ({
  kind: "scoped",
  scope: "workspace",
  minimum,
});
const debate = (minimum: "observer" | "member" | "facilitator"): Access => ({
  kind: "scoped",
  scope: "debate",
  minimum,
});
const claim = (minimum: "observer" | "member" | "facilitator"): Access => ({
  kind: "scoped",
  scope: "claim",
  minimum,
});
const decision: Access = { kind: "scoped", scope: "decision", minimum: "observer" };

type C = TestCaller;
type F = WalkFixture;
const consent = { method: "consent" as const, choice: "agree" as const };

const ROWS: Record<string, WalkRow> = {
  "auth.me": { access: PUBLIC, call: (c) => c.auth.me() },
  "auth.signUp": { access: PUBLIC, call: async () => null },
  "auth.signIn": { access: PUBLIC, call: async () => null },
  "auth.signOut": { access: PUBLIC, call: async () => null },
  // Signed-out by design; a single-use mailed token is the proof (account-email-http.test.ts).
  "auth.requestPasswordReset": { access: PUBLIC, call: async () => null },
  "auth.resetPassword": { access: PUBLIC, call: async () => null },
  "auth.verifyEmail": { access: PUBLIC, call: async () => null },
  "auth.listSessions": { access: SESSION, call: (c) => c.auth.listSessions() },
  "auth.revokeSession": {
    access: SESSION,
    call: (c, f) => c.auth.revokeSession({ sessionId: f.other.sessionId }),
    foreign: {
      "someone else's session": (c, f) => c.auth.revokeSession({ sessionId: f.other.sessionId }),
    },
  },
  "auth.revokeOtherSessions": { access: SESSION, call: (c) => c.auth.revokeOtherSessions() },
  "notification.list": { access: SESSION, call: (c) => c.notification.list({ limit: 5 }) },
  "notification.unreadCount": { access: SESSION, call: (c) => c.notification.unreadCount() },
  "notification.markRead": { access: SESSION, call: (c) => c.notification.markRead({ all: true }) },
  "notification.live": {
    access: SESSION,
    call: async (c) => {
      for await (const first of await c.notification.live()) return first;
      return null;
    },
  },
  "notification.level": {
    access: ws("observer"),
    call: (c, f) => c.notification.level({ workspaceId: f.workspace.id }),
  },
  "notification.setLevel": {
    access: ws("observer"),
    call: (c, f) => c.notification.setLevel({ workspaceId: f.workspace.id, level: "mine" }),
  },
  "notification.emailMode": {
    access: ws("observer"),
    call: (c, f) => c.notification.emailMode({ workspaceId: f.workspace.id }),
  },
  "notification.setEmailMode": {
    access: ws("observer"),
    call: (c, f) =>
      c.notification.setEmailMode({ workspaceId: f.workspace.id, emailMode: "digest" }),
  },
  // The signed token is the proof, not a session: see email-unsubscribe-http.test.ts.
  "notification.unsubscribe": { access: PUBLIC, call: async () => null },
  "auth.changePassword": {
    access: ACCOUNT,
    call: (c) =>
      c.auth.changePassword({
        currentPassword: "not-the-password",
        newPassword: "walk-walk-walk-1",
      }),
  },

  "apiToken.list": { access: ACCOUNT, call: (c) => c.apiToken.list() },
  "apiToken.create": {
    access: ACCOUNT,
    call: (c, f) => c.apiToken.create({ workspaceId: f.workspace.id, name: "Walk", scope: "read" }),
  },
  "apiToken.revoke": {
    access: ACCOUNT,
    call: (c) => c.apiToken.revoke({ tokenId: "0192f1a0-0000-7000-8000-000000000000" }),
  },

  "webhook.list": {
    access: ws("owner"),
    call: (c, f) => c.webhook.list({ workspaceId: f.workspace.id }),
  },
  "webhook.create": {
    access: ws("owner"),
    call: (c, f) =>
      c.webhook.create({
        workspaceId: f.workspace.id,
        url: "http://127.0.0.1:9/hook",
        eventTypes: ["claim.posted"],
      }),
  },
  "webhook.update": {
    access: ws("owner"),
    call: (c, f) =>
      c.webhook.update({
        workspaceId: f.workspace.id,
        webhookId: "0192f1a0-0000-7000-8000-000000000001",
        enabled: true,
      }),
  },
  "webhook.delete": {
    access: ws("owner"),
    call: (c, f) =>
      c.webhook.delete({
        workspaceId: f.workspace.id,
        webhookId: "0192f1a0-0000-7000-8000-000000000001",
      }),
  },
  "webhook.deliveries": {
    access: ws("owner"),
    call: (c, f) =>
      c.webhook.deliveries({
        workspaceId: f.workspace.id,
        webhookId: "0192f1a0-0000-7000-8000-000000000001",
      }),
  },
  "webhook.test": {
    access: ws("owner"),
    call: (c, f) =>
      c.webhook.test({
        workspaceId: f.workspace.id,
        webhookId: "0192f1a0-0000-7000-8000-000000000001",
      }),
  },

  "workspace.list": { access: SESSION, call: (c) => c.workspace.list() },
  "workspace.create": { access: ACCOUNT, call: (c) => c.workspace.create({ name: "Walk" }) },
  "workspace.get": {
    access: { kind: "scoped", scope: "workspace", minimum: "observer" },
    call: (c, f) => c.workspace.get({ slug: f.workspace.slug }),
  },
  "workspace.rename": {
    access: ws("owner"),
    call: (c, f) => c.workspace.rename({ workspaceId: f.workspace.id, name: "Renamed" }),
  },
  "workspace.changeRole": {
    access: ws("owner"),
    call: (c, f) =>
      c.workspace.changeRole({
        workspaceId: f.workspace.id,
        userId: f.member.user.id,
        role: "observer",
      }),
    foreign: {
      "a member of another workspace": (c, f) =>
        c.workspace.changeRole({
          workspaceId: f.workspace.id,
          userId: f.other.member.user.id,
          role: "observer",
        }),
    },
  },
  "workspace.removeMember": {
    access: ws("owner"),
    call: (c, f) =>
      c.workspace.removeMember({ workspaceId: f.workspace.id, userId: f.member.user.id }),
    foreign: {
      "a member of another workspace": (c, f) =>
        c.workspace.removeMember({ workspaceId: f.workspace.id, userId: f.other.member.user.id }),
    },
  },
  "workspace.leave": {
    access: ws("observer"),
    call: (c, f) => c.workspace.leave({ workspaceId: f.workspace.id }),
  },
  "workspace.activity": {
    access: ws("observer"),
    call: (c, f) => c.workspace.activity({ workspaceId: f.workspace.id }),
  },

  "invitation.create": {
    access: ws("facilitator"),
    call: (c, f) =>
      c.invitation.create({ workspaceId: f.workspace.id, role: "member", expiresInHours: 72 }),
  },
  "invitation.list": {
    access: ws("facilitator"),
    call: (c, f) => c.invitation.list({ workspaceId: f.workspace.id }),
  },
  "invitation.revoke": {
    access: ws("facilitator"),
    call: (c, f) =>
      c.invitation.revoke({ workspaceId: f.workspace.id, invitationId: f.invitationId }),
    foreign: {
      "this workspace's invitation through another workspace": (c, f) =>
        c.invitation.revoke({ workspaceId: f.other.workspace.id, invitationId: f.invitationId }),
    },
  },
  "invitation.preview": { access: PUBLIC, call: async () => null },
  "invitation.accept": {
    access: ACCOUNT,
    call: (c) => c.invitation.accept({ token: "not-a-real-invitation-token" }),
  },

  "debate.list": {
    access: ws("observer"),
    call: (c, f) => c.debate.list({ workspaceId: f.workspace.id }),
  },
  "debate.create": {
    access: ws("facilitator"),
    call: (c, f) => c.debate.create({ workspaceId: f.workspace.id, question: "Hire a designer?" }),
  },
  "debate.importJson": {
    access: ws("facilitator"),
    call: (c, f) => c.debate.importJson({ workspaceId: f.workspace.id, document: {} }),
  },
  "debate.importArgdown": {
    access: ws("facilitator"),
    call: (c, f) =>
      c.debate.importArgdown({ workspaceId: f.workspace.id, source: "# Walk\n\n[A]: yes" }),
  },
  "debate.get": {
    access: debate("observer"),
    call: (c, f) => c.debate.get({ debateId: f.here.debateId }),
  },
  "debate.update": {
    access: debate("facilitator"),
    call: (c, f) => c.debate.update({ debateId: f.here.debateId, question: "Move to York?" }),
  },
  "debate.archive": {
    access: debate("facilitator"),
    call: (c, f) => c.debate.archive({ debateId: f.here.debateId }),
  },
  "debate.unarchive": {
    access: debate("facilitator"),
    call: (c, f) => c.debate.unarchive({ debateId: f.here.debateId }),
  },
  "debate.exportJson": {
    access: debate("observer"),
    call: (c, f) => c.debate.exportJson({ debateId: f.here.debateId }),
  },
  "debate.exportApx": {
    access: debate("observer"),
    call: (c, f) => c.debate.exportApx({ debateId: f.here.debateId }),
  },
  "debate.exportArgdown": {
    access: debate("observer"),
    call: (c, f) => c.debate.exportArgdown({ debateId: f.here.debateId }),
  },
  "debate.activity": {
    access: debate("observer"),
    call: (c, f) => c.debate.activity({ debateId: f.here.debateId }),
  },
  "debate.timeline": {
    access: debate("observer"),
    call: (c, f) => c.debate.timeline({ debateId: f.here.debateId }),
  },
  // Guests of this debate (member grant) are refused too: claim-mentions.test.ts.
  "debate.mentionCandidates": {
    access: debate("member"),
    call: (c, f) => c.debate.mentionCandidates({ debateId: f.here.debateId, query: "" }),
  },
  // Guests of this debate are refused too unless the facilitator allows: opinion-groups-router.test.ts.
  "debate.opinionGroups": {
    access: debate("observer"),
    call: (c, f) => c.debate.opinionGroups({ debateId: f.here.debateId }),
  },

  "search.claims": {
    access: debate("observer"),
    call: (c, f) => c.search.claims({ debateId: f.here.debateId, query: "anything" }),
  },
  "search.workspace": {
    access: ws("observer"),
    call: (c, f) => c.search.workspace({ workspaceId: f.workspace.id, query: "anything" }),
  },

  "claim.post": {
    access: debate("member"),
    call: (c, f) =>
      c.claim.post({
        debateId: f.here.debateId,
        kind: "objection",
        targetId: f.here.position.id,
        body: "No",
      }),
    foreign: {
      "a target in another debate": (c, f) =>
        c.claim.post({
          debateId: f.here.debateId,
          kind: "objection",
          targetId: f.next.position.id,
          body: "No",
        }),
      "a target in another workspace": (c, f) =>
        c.claim.post({
          debateId: f.here.debateId,
          kind: "objection",
          targetId: f.other.position.id,
          body: "No",
        }),
    },
  },
  "claim.edit": {
    access: claim("member"),
    call: (c, f) => c.claim.edit({ claimId: f.here.position.id, body: "Edited" }),
  },
  "claim.withdraw": {
    access: claim("member"),
    call: (c, f) => c.claim.withdraw({ claimId: f.here.position.id }),
  },
  "claim.link": {
    access: claim("member"),
    call: (c, f) => c.claim.link({ claimId: f.here.objection.id, toId: f.here.position.id }),
    foreign: {
      "a claim of another debate": (c, f) =>
        c.claim.link({ claimId: f.here.objection.id, toId: f.next.position.id }),
      "a claim of another workspace": (c, f) =>
        c.claim.link({ claimId: f.here.objection.id, toId: f.other.position.id }),
    },
  },
  "claim.unlink": {
    access: claim("member"),
    call: (c, f) => c.claim.unlink({ claimId: f.here.objection.id, toId: f.here.position.id }),
    foreign: {
      "a claim of another workspace": (c, f) =>
        c.claim.unlink({ claimId: f.here.objection.id, toId: f.other.position.id }),
    },
  },
  "claim.hide": {
    access: claim("facilitator"),
    call: (c, f) => c.claim.hide({ claimId: f.here.objection.id }),
  },
  "claim.restore": {
    access: claim("facilitator"),
    call: (c, f) => c.claim.restore({ claimId: f.here.objection.id }),
  },
  "claim.merge": {
    access: claim("facilitator"),
    call: (c, f) => c.claim.merge({ claimId: f.here.objection.id, intoId: f.here.position.id }),
    foreign: {
      "into a claim of another debate": (c, f) =>
        c.claim.merge({ claimId: f.here.objection.id, intoId: f.next.objection.id }),
      "into a claim of another workspace": (c, f) =>
        c.claim.merge({ claimId: f.here.objection.id, intoId: f.other.objection.id }),
    },
  },
  "claim.resolve": {
    access: claim("member"),
    call: (c, f) => c.claim.resolve({ claimId: f.here.objection.id, kind: "conceded" }),
    foreign: {
      "a duplicate in another workspace": (c, f) =>
        c.claim.resolve({
          claimId: f.here.objection.id,
          kind: "duplicate",
          duplicateOfId: f.other.objection.id,
        }),
    },
  },
  "claim.reopen": {
    access: claim("member"),
    call: (c, f) => c.claim.reopen({ claimId: f.here.objection.id }),
  },
  "claim.revisions": {
    access: claim("observer"),
    call: (c, f) => c.claim.revisions({ claimId: f.here.position.id }),
  },
  "claim.explain": {
    access: claim("observer"),
    call: (c, f) => c.claim.explain({ claimId: f.here.position.id }),
  },
  "claim.vote": {
    access: claim("member"),
    call: (c, f) => c.claim.vote({ claimId: f.here.position.id, agreement: "agree" }),
  },
  "claim.unvote": {
    access: claim("member"),
    call: (c, f) => c.claim.unvote({ claimId: f.here.position.id }),
  },

  "proposal.list": {
    access: debate("observer"),
    call: (c, f) => c.proposal.list({ debateId: f.here.debateId }),
  },
  "proposal.create": {
    // Members may propose only where the debate allows it; the door is the member role.
    access: debate("member"),
    call: (c, f) =>
      c.proposal.create({
        debateId: f.here.debateId,
        title: "Open late",
        method: "consent",
        closesAt: new Date(Date.now() + 60_000),
      }),
  },
  "proposal.vote": {
    access: debate("member"),
    call: (c, f) =>
      c.proposal.vote({
        debateId: f.here.debateId,
        proposalId: f.here.proposal.id,
        ballot: consent,
      }),
    foreign: {
      "a proposal of another debate": (c, f) =>
        c.proposal.vote({
          debateId: f.here.debateId,
          proposalId: f.next.proposal.id,
          ballot: consent,
        }),
      "a proposal of another workspace": (c, f) =>
        c.proposal.vote({
          debateId: f.here.debateId,
          proposalId: f.other.proposal.id,
          ballot: consent,
        }),
      "a block naming an objection of another workspace": (c, f) =>
        c.proposal.vote({
          debateId: f.here.debateId,
          proposalId: f.here.proposal.id,
          ballot: {
            method: "consent",
            choice: "block",
            reason: null,
            existingObjectionId: f.other.objection.id,
          },
        }),
    },
  },
  "proposal.close": {
    access: debate("facilitator"),
    call: (c, f) => c.proposal.close({ debateId: f.here.debateId, proposalId: f.here.proposal.id }),
    foreign: {
      "a proposal of another debate": (c, f) =>
        c.proposal.close({ debateId: f.here.debateId, proposalId: f.next.proposal.id }),
      "a proposal of another workspace": (c, f) =>
        c.proposal.close({ debateId: f.here.debateId, proposalId: f.other.proposal.id }),
    },
  },

  "decision.prepare": {
    access: debate("facilitator"),
    call: (c, f) => c.decision.prepare({ debateId: f.here.debateId }),
  },
  "decision.record": {
    access: debate("facilitator"),
    call: (c, f) => recordHere(c, f, {}),
    foreign: {
      "a proposal of another workspace": (c, f) =>
        recordHere(c, f, { proposalId: f.other.proposal.id }),
      "a premise of another debate": (c, f) =>
        recordHere(c, f, { premiseClaimIds: [f.next.position.id] }),
      "a premise of another workspace": (c, f) =>
        recordHere(c, f, { premiseClaimIds: [f.other.position.id] }),
      "an owner from another workspace": (c, f) =>
        recordHere(c, f, { ownerId: f.other.member.user.id }),
      "superseding a decision of another workspace": (c, f) =>
        recordHere(c, f, { supersedesDecisionId: f.other.decisionId }),
      "amending a decision of another debate": (c, f) =>
        recordHere(c, f, { amendsDecisionId: f.next.decisionId }),
      "a disposition for an objection of another workspace": (c, f) =>
        recordHere(c, f, {
          dispositions: [
            { claimId: f.here.objection.id, disposition: "accepted_risk" },
            { claimId: f.other.objection.id, disposition: "accepted_risk" },
          ],
        }),
    },
  },
  "decision.get": {
    access: decision,
    call: (c, f) => c.decision.get({ decisionId: f.here.decisionId }),
  },
  "decision.markdown": {
    access: decision,
    call: (c, f) => c.decision.markdown({ decisionId: f.here.decisionId }),
  },
  "decision.log": {
    access: ws("observer"),
    call: (c, f) => c.decision.log({ workspaceId: f.workspace.id }),
  },

  "live.debate": {
    access: debate("observer"),
    call: async (c, f) => {
      const stream = await c.live.debate({ debateId: f.here.debateId, lastEventId: "0" });
      return collectLive({ stream, close: () => {} }, 1);
    },
  },

  "workshop.setPhase": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.setPhase({ debateId: f.here.debateId, phase: "rebuttal" }),
  },
  "workshop.openJoinCode": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.openJoinCode({ debateId: f.here.debateId, role: "observer" }),
  },
  "workshop.closeJoinCode": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.closeJoinCode({ debateId: f.here.debateId }),
  },
  "workshop.renewJoinCode": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.renewJoinCode({ debateId: f.here.debateId }),
  },
  "workshop.setGuestLimit": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.setGuestLimit({ debateId: f.here.debateId, maxGuests: 5 }),
  },
  "workshop.joinCode": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.joinCode({ debateId: f.here.debateId }),
  },
  "workshop.guests": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.guests({ debateId: f.here.debateId }),
  },
  "workshop.removeGuest": {
    access: debate("facilitator"),
    call: (c, f) =>
      c.workshop.removeGuest({ debateId: f.here.debateId, guestUserId: f.guest.userId }),
    foreign: {
      "a guest of another debate": (c, f) =>
        c.workshop.removeGuest({ debateId: f.here.debateId, guestUserId: f.otherGuest.userId }),
    },
  },
  "workshop.participation": {
    access: debate("facilitator"),
    call: (c, f) => c.workshop.participation({ debateId: f.here.debateId }),
  },
  "workshop.lockThread": {
    access: claim("facilitator"),
    call: (c, f) => c.workshop.lockThread({ claimId: f.here.position.id }),
  },
  "workshop.unlockThread": {
    access: claim("facilitator"),
    call: (c, f) => c.workshop.unlockThread({ claimId: f.here.position.id }),
  },
  "workshop.unparkObjection": {
    access: claim("facilitator"),
    call: (c, f) => c.workshop.unparkObjection({ claimId: f.here.position.id }),
  },

  "guest.preview": { access: PUBLIC, call: async () => null },
  "guest.join": { access: PUBLIC, call: async () => null },
};

type RecordInput = Parameters<C["decision"]["record"]>[0];
function recordHere(c: C, f: F, overrides: Partial<RecordInput>) {
  return c.decision.record({
    debateId: f.here.debateId,
    outcome: "Walked",
    ownerId: f.member.user.id,
    dispositions: [{ claimId: f.here.objection.id, disposition: "accepted_risk" }],
    ...overrides,
  });
}

/** Every procedure path of the app router, "router.procedure". */
function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

it("has a row for every procedure of the app router", () => {
  expect(Object.keys(ROWS).sort()).toEqual(procedurePaths());
});

let f: WalkFixture;
beforeAll(async () => {
  f = await arrangeWalk();
}, 120_000);

describe.each(Object.entries(ROWS))("%s", (_path, row) => {
  it("refuses everyone its row keeps out, and changes nothing", async () => {
    for (const [who, caller, code, message] of await refusalsFor(row, f)) {
      await expectRefusedUnchanged(() => row.call(caller, f), f, code, message).catch(
        (error: unknown) => {
          throw new Error(`${who}: ${(error as Error).message}`);
        },
      );
    }
  });

  for (const [what, call] of Object.entries(row.foreign ?? {})) {
    it(`refuses an owner passing ${what}`, async () => {
      await expectForeignRefused(() => call(f.owner.caller, f), f);
    });
  }
});
