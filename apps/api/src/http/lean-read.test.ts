// The debate read over real HTTP: it leaves as plain JSON in superjson's
// envelope (no meta to walk), people once in a map, compressed when the
// browser asks; live streams are never compressed (a compressor would hold
// their events back).
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { addPerson, createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp, TEST_ORIGIN } from "../test/http-client.ts";
import { httpTestServer } from "../test/http-server.ts";
import { isPackedDebate, PACKED_WIRE_HEADER, unpackDebateView } from "../wire/packed-debate.ts";

const http = httpTestServer();

async function getDebate(
  debateId: string,
  cookie: string,
  encoding: string,
  extra: Record<string, string> = {},
) {
  const input = encodeURIComponent(JSON.stringify({ json: { debateId } }));
  return fetch(`${http.url}/trpc/debate.get?input=${input}`, {
    headers: { cookie, "accept-encoding": encoding, ...extra },
  });
}

describe("debate.get over HTTP", () => {
  it("comes packed only to a client that asks, and unpacks to the plain read", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    for (let i = 0; i < 9; i++) await post(team.member.caller, debateId, "objection", position.id);
    const cookie = await signInOverHttp(http.url, team.observer.user.email);
    const dataOf = async (response: Response) =>
      ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;

    const plain = await dataOf(await getDebate(debateId, cookie, "identity"));
    const asked = await getDebate(debateId, cookie, "identity", {
      [PACKED_WIRE_HEADER]: "packed",
    });
    const packed = await dataOf(asked);
    expect(isPackedDebate(plain)).toBe(false);
    expect(isPackedDebate(packed)).toBe(true);
    const { serverNow: _a, ...unpacked } = unpackDebateView(packed as never) as Record<
      string,
      unknown
    >;
    const { serverNow: _b, ...expected } = plain as Record<string, unknown>;
    expect(unpacked).toEqual(expected);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(plain).length / 2);
  });

  it("gives two readers of one kind each their own claims and votes from the shared part", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const other = await addPerson(team.workspace.id, "member", "other");
    const mine = await post(team.member.caller, debateId, "position", null);
    const theirs = await post(other.caller, debateId, "objection", mine.id);
    await other.caller.claim.vote({ claimId: mine.id, agreement: "disagree", impact: null });
    type Read = { claims: { id: string; isMine: boolean; myVote: unknown; can: number }[] };
    const webRead = async (email: string) => {
      const cookie = await signInOverHttp(http.url, email);
      const response = await getDebate(debateId, cookie, "br", { [PACKED_WIRE_HEADER]: "packed" });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { result: { data: { json: unknown } } };
      return unpackDebateView(body.result.data.json as never) as unknown as Read;
    };
    const first = await webRead(team.member.user.email);
    const second = await webRead(other.user.email);
    expect(first.claims.filter((c) => c.isMine).map((c) => c.id)).toEqual([mine.id]);
    expect(second.claims.filter((c) => c.isMine).map((c) => c.id)).toEqual([theirs.id]);
    expect(first.claims.map((c) => c.myVote)).toEqual([null, null]);
    expect(second.claims[0]?.myVote).toEqual({ agreement: "disagree", impact: null });
    // Each may edit their own claim only.
    expect(first.claims.map((c) => c.can)).not.toEqual(second.claims.map((c) => c.can));
  });

  it("is plain JSON with ISO dates and each person named once", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    await post(team.member.caller, debateId, "objection", position.id);
    const name = `Ada ${crypto.randomUUID()}`;
    await testPrisma().user.update({
      where: { id: team.member.user.id },
      data: { displayName: name },
    });
    const cookie = await signInOverHttp(http.url, team.observer.user.email);

    const response = await getDebate(debateId, cookie, "identity");
    expect(response.status).toBe(200);
    const text = await response.text();
    const envelope = JSON.parse(text) as { result: { data: { json: unknown; meta?: unknown } } };
    expect(envelope.result.data.meta).toBeUndefined();
    const read = superjson.deserialize<{
      serverNow: string;
      people: Record<string, string>;
      claims: { authorId: string | null; createdAt: string }[];
    }>(envelope.result.data as never);
    expect(typeof read.serverNow).toBe("string");
    expect(read.claims.map((c) => c.authorId)).toEqual([team.member.user.id, team.member.user.id]);
    expect(read.people).toEqual({ [team.member.user.id]: name });
    expect(new Date(read.claims[0]!.createdAt).toISOString()).toBe(read.claims[0]!.createdAt);
    // The name travels once, however many claims the person wrote.
    expect(text.split(name).length - 1).toBe(1);
  });

  it("is compressed when the browser accepts it, and the stream is not", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    for (let i = 0; i < 10; i++) await post(team.member.caller, debateId, "position", null);
    const cookie = await signInOverHttp(http.url, team.member.user.email);

    const compressed = await getDebate(debateId, cookie, "br, gzip");
    expect(compressed.headers.get("content-encoding")).toBe("br");
    const plain = await getDebate(debateId, cookie, "identity");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const body = (await compressed.json()) as { result: { data: { json: { claims: unknown[] } } } };
    expect(body.result.data.json.claims).toHaveLength(10);

    const stream = await SseStream.open(http.url, "live.debate", { debateId }, cookie);
    try {
      expect(stream.headers.get("content-encoding")).toBeNull();
      const claim = await post(team.owner.caller, debateId, "position", null);
      const message = await stream.nextData();
      expect(message?.data).toMatchObject({ subjectId: claim.id });
    } finally {
      stream.close();
    }
  });

  it("answers a mutation uncompressed even when the browser accepts compression", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(http.url, team.member.user.email);
    const response = await fetch(`${http.url}/trpc/claim.post`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-encoding": "br, gzip",
        origin: TEST_ORIGIN,
        cookie,
      },
      body: JSON.stringify({
        json: { debateId, kind: "position", targetId: null, body: "A few hundred bytes back" },
      }),
    });
    expect(response.status).toBe(200);
    // Compressing a few hundred bytes cost the write path more CPU than it saved.
    expect(response.headers.get("content-encoding")).toBeNull();
    const body = (await response.json()) as { result: { data: { json: { body: string } } } };
    expect(body.result.data.json.body).toBe("A few hundred bytes back");
  });

  it("sends live events in plain JSON form to every stream, a proposal's dates as ISO strings", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(http.url, team.member.user.email);
    const stream = await SseStream.open(http.url, "live.debate", { debateId }, cookie);
    try {
      const claim = await post(team.owner.caller, debateId, "position", null);
      const posted = await stream.nextData();
      expect(posted?.meta).toBeUndefined();
      const event = posted?.data as { subjectId: string; createdAt: string };
      expect(event.subjectId).toBe(claim.id);
      expect(new Date(event.createdAt).toISOString()).toBe(event.createdAt);

      const closesAt = new Date(Date.now() + 5 * 60_000);
      await team.facilitator.caller.proposal.create({
        debateId,
        title: "Try it for a month",
        method: "consent",
        closesAt,
      });
      const opened = await stream.nextData();
      expect(opened?.meta).toBeUndefined();
      const delta = (opened?.data as { delta?: { proposal?: { closesAt: string } } } | undefined)
        ?.delta;
      expect(delta?.proposal?.closesAt).toBe(closesAt.toISOString());
    } finally {
      stream.close();
    }
  });
});
