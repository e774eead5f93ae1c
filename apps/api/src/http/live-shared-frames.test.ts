// One live event reaches many readers at once, and readers of one kind share
// one encoded copy of it (realtime/shared-event-presentation.ts). Over real
// HTTP and plain SSE, with every kind of reader following the same debate at
// the same moment: each still gets the event as they may see it — names,
// their role's abilities, hidden turnout, and their own `isMine`.
import { describe, expect, it } from "vitest";
import { addPerson, post } from "../test/debate-fixtures.ts";
import { SseStream, signInOverHttp } from "../test/http-client.ts";
import { streamingTestServer } from "../test/http-server.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

const live = streamingTestServer();

type Shown = {
  type: string;
  subjectId: string | null;
  actor: { id: string; displayName: string } | null;
  delta?: {
    isMine: boolean;
    myVote?: unknown;
    people: Record<string, string>;
    debate: { viewerRole: string; can: unknown };
    tally?: { claimId: string; tally: unknown };
  };
};

async function follow(debateId: string, cookie: string) {
  const answer = await SseStream.openPlain(live.url, `/api/live/debates/${debateId}`, { cookie });
  if (!(answer instanceof SseStream)) throw new Error(`refused: ${JSON.stringify(answer)}`);
  live.streams.push(answer);
  return answer;
}

/** The next event this reader is shown (the stream's first line has come: it is live). */
async function nextShown(stream: SseStream): Promise<Shown> {
  const message = await stream.nextData();
  if (!message) throw new Error("the stream ended");
  return message.data as Shown;
}

async function roomOfEveryKind(options: { anonymous: boolean }) {
  const w = await arrangeWorkshop(options);
  const other = await addPerson(w.workspace.id, "member", "other");
  const cookie = (email: string) => signInOverHttp(live.url, email);
  const readers = {
    facilitator: await follow(w.debateId, await cookie(w.facilitator.user.email)),
    observer: await follow(w.debateId, await cookie(w.observer.user.email)),
    guest: await follow(w.debateId, `steelman_session=${w.guest.token}`),
    otherMember: await follow(w.debateId, await cookie(other.user.email)),
    actor: await follow(w.debateId, await cookie(w.member.user.email)),
  };
  return { w, other, readers };
}

describe("a live event sent to every kind of reader at once", () => {
  it("shows each reader the author, abilities and isMine their own kind may see", async () => {
    const { w, readers } = await roomOfEveryKind({ anonymous: true });
    const objection = await post(w.member.caller, w.debateId, "objection", w.position.id);

    const seen = {
      facilitator: await nextShown(readers.facilitator),
      observer: await nextShown(readers.observer),
      guest: await nextShown(readers.guest),
      otherMember: await nextShown(readers.otherMember),
      actor: await nextShown(readers.actor),
    };
    for (const event of Object.values(seen)) expect(event.subjectId).toBe(objection.id);
    // An anonymous debate names its authors to facilitators only.
    expect(seen.facilitator.actor?.displayName).toBe(w.member.user.displayName);
    expect(seen.facilitator.delta?.people[w.member.user.id]).toBe(w.member.user.displayName);
    for (const kind of ["observer", "guest", "otherMember"] as const) {
      expect(seen[kind].actor, kind).toBeNull();
      expect(seen[kind].delta?.people[w.member.user.id], kind).toBeUndefined();
      expect(seen[kind].delta?.isMine, kind).toBe(false);
    }
    expect(seen.actor.delta?.isMine).toBe(true);
    expect(seen.facilitator.delta?.debate.viewerRole).toBe("facilitator");
    expect(seen.observer.delta?.debate.viewerRole).toBe("observer");
    expect(seen.otherMember.delta?.debate.viewerRole).toBe("member");
    // A guest joined with a member's grant, but has no workspace pages.
    expect(seen.guest.delta?.debate.viewerRole).toBe("member");
    expect(seen.guest.delta?.debate.can).not.toEqual(seen.otherMember.delta?.debate.can);
  });

  it("keeps a vote from readers who may not see turnout, and gives the voter their own", async () => {
    const { w, readers } = await roomOfEveryKind({ anonymous: false });
    await w.facilitator.caller.debate.update({ debateId: w.debateId, hideTallies: true });
    for (const stream of Object.values(readers)) {
      expect((await nextShown(stream)).type).toBe("debate.updated");
    }
    await w.member.caller.claim.vote({ claimId: w.position.id, agreement: "agree" });
    const after = await post(w.facilitator.caller, w.debateId, "support", w.position.id);

    const facilitatorSaw = await nextShown(readers.facilitator);
    expect(facilitatorSaw.type).toBe("vote.cast");
    expect(facilitatorSaw.delta?.tally?.tally).toMatchObject({ agree: 1, total: 1 });
    const voterSaw = await nextShown(readers.actor);
    expect(voterSaw.type).toBe("vote.cast");
    expect(voterSaw.delta?.isMine).toBe(true);
    expect(voterSaw.delta?.myVote).toMatchObject({ agreement: "agree" });
    expect(voterSaw.delta?.tally?.tally).toBeNull();
    for (const kind of ["observer", "guest", "otherMember"] as const) {
      // Their next event is the support: the vote never reached them.
      expect((await nextShown(readers[kind])).subjectId, kind).toBe(after.id);
    }
  });
});
