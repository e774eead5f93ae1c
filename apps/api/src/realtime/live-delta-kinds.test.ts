// Every kind of live event that changes the debate page carries its change:
// the delta applied (by the web's own code) to the page's previous read
// equals a fresh read, whole, for each kind of reader; so does the proposal
// list. Subscribed through createCaller, as the page's stream is.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { TestCaller } from "../test/assertions.ts";
import { type DebateRead, post } from "../test/debate-fixtures.ts";
import { signedInCaller, testEventBus } from "../test/harness.ts";
import { inMinutes, type ProposalEntry } from "../test/proposal-fixtures.ts";
import { arrangeWorkshop, openLive, type Workshop } from "../test/workshop-fixtures.ts";
import type { ActorPart, DebateDelta } from "./debate-delta.ts";

type Delta = DebateDelta & ActorPart & { isMine: boolean };
type WebApply = {
  applyDebateDelta(view: DebateRead, eventId: string, delta: Delta): DebateRead | null;
  applyProposalDelta(list: readonly ProposalEntry[], delta: Delta): ProposalEntry[] | null;
};
// The browser's code, not a copy: its imports are types only.
const WEB_APPLY = fileURLToPath(
  new URL("../../../web/src/components/live/apply-debate-delta.ts", import.meta.url),
);
const web = (await import(WEB_APPLY)) as WebApply;

type Reader = {
  name: string;
  caller: TestCaller;
  view: DebateRead;
  proposals: ProposalEntry[];
  next: () => Promise<IteratorResult<unknown>>;
  close: () => void;
};
const open: Reader[] = [];
afterEach(() => {
  for (const reader of open.splice(0)) reader.close();
});

async function follow(name: string, caller: TestCaller, token: string, debateId: string) {
  const view = await caller.debate.get({ debateId });
  const proposals = await caller.proposal.list({ debateId });
  const bus = await testEventBus();
  const before = bus.subscriberCount;
  const live = await openLive(token, debateId, view.lastEventId ?? "0");
  const iterator = live.stream[Symbol.asyncIterator]();
  // The stream subscribes when first asked: ask now, so the events that follow arrive live.
  let pending = iterator.next();
  while (bus.subscriberCount === before) await new Promise((resolve) => setImmediate(resolve));
  const reader: Reader = {
    name,
    caller,
    view,
    proposals,
    next: () => {
      const current = pending;
      pending = current.then(() => iterator.next());
      return current;
    },
    close: live.close,
  };
  open.push(reader);
  return reader;
}

async function readers(w: Workshop) {
  const token = async (user: { id: string }) => (await signedInCaller(user)).token;
  return [
    await follow("facilitator", w.facilitator.caller, await token(w.facilitator.user), w.debateId),
    await follow("member", w.member.caller, await token(w.member.user), w.debateId),
    await follow("observer", w.observer.caller, await token(w.observer.user), w.debateId),
    await follow("guest", w.guest.caller, w.guest.token, w.debateId),
  ];
}

const withoutClock = ({ serverNow: _now, ...read }: DebateRead) => read;

/**
 * Applies each reader's events up to the one of `type` (each must carry a
 * delta that applies), then compares with a fresh read.
 */
async function expectApplied(all: Reader[], type: string) {
  for (const reader of all) {
    for (;;) {
      const next = await reader.next();
      if (next.done) throw new Error(`${reader.name}'s stream ended before ${type}`);
      const [id, event] = next.value as [string, { type: string; delta?: Delta }];
      const delta = event.delta;
      expect(delta, `${reader.name}: ${event.type} carries a delta`).toBeDefined();
      if (!delta) return;
      const applied = web.applyDebateDelta(reader.view, id, delta);
      expect(applied, `${reader.name}: ${event.type} applies`).not.toBeNull();
      if (applied) reader.view = applied;
      reader.proposals = web.applyProposalDelta(reader.proposals, delta) ?? reader.proposals;
      if (event.type === type) break;
    }
    const debateId = reader.view.debate.id;
    const fresh = await reader.caller.debate.get({ debateId });
    expect(withoutClock(reader.view), `${reader.name} after ${type}`).toEqual(withoutClock(fresh));
    expect(reader.proposals, `${reader.name}'s proposals after ${type}`).toEqual(
      await reader.caller.proposal.list({ debateId }),
    );
  }
}

describe("every live event's delta, applied to the page's read", () => {
  it("equals a fresh read for claims, votes, links, resolutions, moderation, parking and locks", {
    timeout: 60_000,
  }, async () => {
    const w = await arrangeWorkshop();
    const all = await readers(w);
    const { facilitator: f, member: m } = w;
    const objection = await post(m.caller, w.debateId, "objection", w.position.id);
    await expectApplied(all, "claim.posted");
    const other = await post(f.caller, w.debateId, "objection", w.position.id);
    await expectApplied(all, "claim.posted");
    await m.caller.claim.vote({ claimId: w.position.id, agreement: "agree" });
    await expectApplied(all, "vote.cast");
    await f.caller.claim.vote({ claimId: w.position.id, agreement: "disagree" });
    await expectApplied(all, "vote.cast");
    await m.caller.claim.unvote({ claimId: w.position.id });
    await expectApplied(all, "vote.removed");
    const rebuttal = await post(f.caller, w.debateId, "objection", objection.id, "Not so");
    await expectApplied(all, "claim.posted");
    await f.caller.claim.link({ claimId: rebuttal.id, toId: other.id });
    await expectApplied(all, "claim.linked");
    await f.caller.claim.unlink({ claimId: rebuttal.id, toId: other.id });
    await expectApplied(all, "claim.unlinked");
    await m.caller.claim.resolve({ claimId: other.id, kind: "out_of_scope" });
    await expectApplied(all, "objection.resolved");
    await m.caller.claim.reopen({ claimId: other.id });
    await expectApplied(all, "objection.reopened");
    await f.caller.claim.hide({ claimId: objection.id });
    await expectApplied(all, "claim.hidden");
    await f.caller.claim.restore({ claimId: objection.id });
    await expectApplied(all, "claim.restored");
    await f.caller.claim.withdraw({ claimId: rebuttal.id });
    await expectApplied(all, "claim.withdrawn");
    await f.caller.workshop.lockThread({ claimId: w.position.id });
    await expectApplied(all, "thread.locked");
    await f.caller.workshop.unlockThread({ claimId: w.position.id });
    await expectApplied(all, "thread.unlocked");
    await f.caller.workshop.setPhase({
      debateId: w.debateId,
      phase: "voting",
      parks: [
        { claimId: objection.id, reason: "Later" },
        { claimId: other.id, reason: "Later" },
      ],
    });
    await expectApplied(all, "debate.phase_changed");
    await f.caller.workshop.unparkObjection({ claimId: other.id });
    await expectApplied(all, "objection.unparked");
    await f.caller.debate.update({ debateId: w.debateId, question: "Adopt it now?" });
    await expectApplied(all, "debate.updated");
  });

  it("equals a fresh read for proposals, hidden tallies and an anonymous debate", {
    timeout: 60_000,
  }, async () => {
    const w = await arrangeWorkshop({ anonymous: true });
    await w.facilitator.caller.debate.update({ debateId: w.debateId, hideTallies: true });
    const all = await readers(w);
    const { facilitator: f, member: m } = w;
    const proposal = await f.caller.proposal.create({
      debateId: w.debateId,
      title: "Try it for a month",
      method: "consent",
      closesAt: inMinutes(5),
    });
    await expectApplied(all, "proposal.opened");
    await m.caller.proposal.vote({
      debateId: w.debateId,
      proposalId: proposal.id,
      ballot: { method: "consent", choice: "agree" },
    });
    // Only the facilitator (and the voter) see turnout; the others' next delta skips it.
    await expectApplied(all.slice(0, 2), "ballot.cast");
    await m.caller.claim.vote({ claimId: w.position.id, agreement: "agree", impact: null });
    await expectApplied(all.slice(0, 2), "vote.cast");
    await f.caller.proposal.close({ debateId: w.debateId, proposalId: proposal.id });
    await expectApplied(all, "proposal.closed");
  });
  it("equals a fresh read for claims imported from a file, their imports and resolutions shown", {
    timeout: 60_000,
  }, async () => {
    const w = await arrangeWorkshop();
    const { facilitator: f, member: m } = w;
    const objection = await post(f.caller, w.debateId, "objection", w.position.id, "Too soon");
    await m.caller.claim.resolve({ claimId: objection.id, kind: "out_of_scope" });
    const document = await f.caller.debate.exportJson({ debateId: w.debateId });
    const { debateId } = await f.caller.debate.importJson({
      workspaceId: w.workspace.id,
      document,
      fileName: "four-day-week.json",
    });
    const token = async (user: { id: string }) => (await signedInCaller(user)).token;
    const all = [
      await follow("facilitator", f.caller, await token(f.user), debateId),
      await follow("member", m.caller, await token(m.user), debateId),
      await follow("observer", w.observer.caller, await token(w.observer.user), debateId),
    ];
    const importedObjection = all[0]!.view.claims.find((c) => c.body === "Too soon");
    expect(importedObjection?.imported?.fileName).toBe("four-day-week.json");
    expect(importedObjection?.resolution?.imported?.fileName).toBe("four-day-week.json");
    // A reply beneath imported claims: the delta carries them, import and resolution included.
    await post(m.caller, debateId, "objection", importedObjection!.id, "Still too soon");
    await expectApplied(all, "claim.posted");
    await f.caller.claim.reopen({ claimId: importedObjection!.id });
    await expectApplied(all, "objection.reopened");
  });
});
