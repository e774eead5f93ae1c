// Full-text search over claims: stemming and ranking, phrases and
// exclusions, highlights as data, paging — and nothing a reader could not
// read in the debate itself (hidden claims, other debates for a guest,
// other workspaces).
import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START } from "../domain/search/highlight.ts";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

const matched = (hit: { fragment: { text: string; match: boolean }[] }) =>
  hit.fragment.filter((piece) => piece.match).map((piece) => piece.text.toLowerCase());

async function searchableDebate() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const says = (body: string) => post(team.member.caller, debateId, "position", null, body);
  const answered = await says("The pilot answered every objection about cost.");
  const answers = await says("Nobody answers the question of the budget; cost answers cost.");
  const office = await says("Move the whole office to Leeds by spring.");
  return { team, debateId, answered, answers, office };
}

describe("search.claims", () => {
  it("finds word forms (answers finds answered), best match first, with the matches marked", async () => {
    const { team, debateId, answered, answers } = await searchableDebate();
    const { hits, nextCursor } = await team.observer.caller.search.claims({
      debateId,
      query: "answers cost",
    });
    expect(hits.map((h) => h.claimId)).toEqual([answers.id, answered.id]);
    expect(matched(hits[1]!)).toEqual(["answered", "cost"]);
    expect(hits[0]).toMatchObject({ number: answers.number, kind: "position" });
    expect(nextCursor).toBeNull();
  });

  it("understands quoted phrases and -exclusions", async () => {
    const { team, debateId, answered, office } = await searchableDebate();
    const phrase = await team.member.caller.search.claims({ debateId, query: '"whole office"' });
    expect(phrase.hits.map((h) => h.claimId)).toEqual([office.id]);
    const excluded = await team.member.caller.search.claims({ debateId, query: "cost -budget" });
    expect(excluded.hits.map((h) => h.claimId)).toEqual([answered.id]);
  });

  it("returns fragments as plain pieces: no markers, no markup to interpret", async () => {
    const { team, debateId } = await searchableDebate();
    await post(team.member.caller, debateId, "position", null, "Sandwich <b>alert</b> <i>x</i>");
    const { hits } = await team.member.caller.search.claims({ debateId, query: "sandwich" });
    const text = hits[0]!.fragment.map((p) => p.text).join("");
    expect(text).toContain("Sandwich");
    for (const marker of ["<", ">", MATCH_START, MATCH_END]) expect(text).not.toContain(marker);
    expect(matched(hits[0]!)).toEqual(["sandwich"]);
  });

  it("finds hidden claims for facilitators only", async () => {
    const { team, debateId, office } = await searchableDebate();
    await team.facilitator.caller.claim.hide({ claimId: office.id });
    expect((await team.member.caller.search.claims({ debateId, query: "Leeds" })).hits).toEqual([]);
    const forFacilitator = await team.facilitator.caller.search.claims({
      debateId,
      query: "Leeds",
    });
    expect(forFacilitator.hits.map((h) => h.claimId)).toEqual([office.id]);
  });

  it("pages twenty at a time with a cursor", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    for (let k = 0; k < 23; k += 1)
      await post(team.member.caller, debateId, "position", null, `Budget point ${k}`);
    const first = await team.member.caller.search.claims({ debateId, query: "budget" });
    expect(first.hits).toHaveLength(20);
    const second = await team.member.caller.search.claims({
      debateId,
      query: "budget",
      cursor: first.nextCursor,
    });
    expect(second.hits).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.hits, ...second.hits].map((h) => h.claimId);
    expect(new Set(ids).size).toBe(23);
  });

  it("refuses an empty or overlong query with a sentence", async () => {
    const { team, debateId } = await searchableDebate();
    await expectTrpcError(
      team.member.caller.search.claims({ debateId, query: "   " }),
      "BAD_REQUEST",
      "Type a word or two to search for.",
    );
    await expectTrpcError(
      team.member.caller.search.claims({ debateId, query: "x".repeat(201) }),
      "BAD_REQUEST",
      "Keep a search under 200 characters.",
    );
  });
});

describe("search.workspace", () => {
  it("finds claims across the workspace's debates, never another workspace's", async () => {
    const { team, debateId, office } = await searchableDebate();
    const second = await openDebate(team.facilitator.caller, team.workspace.id, {
      question: "Where next?",
    });
    const leeds = await post(team.member.caller, second, "position", null, "Leeds, not York.");
    const elsewhere = await searchableDebate();
    const { hits } = await team.observer.caller.search.workspace({
      workspaceId: team.workspace.id,
      query: "Leeds",
    });
    expect(hits.map((h) => h.claimId).sort()).toEqual([office.id, leeds.id].sort());
    expect(hits.find((h) => h.claimId === leeds.id)?.debateQuestion).toBe("Where next?");
    expect(hits.map((h) => h.debateId)).not.toContain(elsewhere.debateId);
    expect(hits.every((h) => h.debateId === debateId || h.debateId === second)).toBe(true);
  });

  it("is for members: a guest searches the one debate they joined, not the workspace", async () => {
    const workshop = await arrangeWorkshop();
    const guest = workshop.guest.caller;
    const inDebate = await guest.search.claims({ debateId: workshop.debateId, query: "try" });
    expect(inDebate.hits.map((h) => h.claimId)).toEqual([workshop.position.id]);
    await expectTrpcError(
      guest.search.workspace({ workspaceId: workshop.workspace.id, query: "try" }),
      /^(FORBIDDEN|NOT_FOUND)$/,
    );
  });
});
