// Over real HTTP with a real session, a refused form answers field by field:
// `error.data.fieldErrors` maps each input path to the schema's sentence, so
// the web shows it next to the field. Nothing is stored.
import { describe, expect, it } from "vitest";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { httpTestServer } from "../test/http-server.ts";

const http = httpTestServer();

type ErrorBody = { error: { json: { message: string; data: { fieldErrors: unknown } } } };

const key = () => crypto.randomUUID();

async function ownerSignedIn() {
  const team = await createDebateTeam();
  const cookie = await signInOverHttp(http.url, team.owner.user.email);
  return { team, cookie };
}

describe("fieldErrors over HTTP", () => {
  it("names every refused field of a new debate, with the schema's sentences", async () => {
    const { team, cookie } = await ownerSignedIn();
    const answer = await trpcMutation(
      http.url,
      "debate.create",
      {
        workspaceId: team.workspace.id,
        question: "q".repeat(301),
        description: "d".repeat(5001),
        idempotencyKey: key(),
      },
      { cookie },
    );
    expect(answer.status).toBe(400);
    const { message, data } = (answer.body as ErrorBody).error.json;
    expect(data.fieldErrors).toEqual({
      question: "Keep the question under 300 characters.",
      description: "Keep the description under 5000 characters.",
    });
    expect(message).toBe("Keep the question under 300 characters.");
    expect(await testPrisma().debate.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
  });

  it("points at the one option of a proposal that is refused", async () => {
    const { team, cookie } = await ownerSignedIn();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const answer = await trpcMutation(
      http.url,
      "proposal.create",
      {
        debateId,
        title: "Choose a day",
        method: "single_choice",
        options: ["Monday", "   ", "o".repeat(201)],
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
        idempotencyKey: key(),
      },
      { cookie },
    );
    expect(answer.status).toBe(400);
    expect((answer.body as ErrorBody).error.json.data.fieldErrors).toEqual({
      "options.1": "An option cannot be empty.",
      "options.2": "Keep each option under 200 characters.",
    });
  });

  it("gives a field with no message of its own a human sentence, never zod's", async () => {
    const { cookie } = await ownerSignedIn();
    const answer = await trpcMutation(
      http.url,
      "workspace.create",
      { name: 42, idempotencyKey: key() },
      { cookie },
    );
    expect(answer.status).toBe(400);
    expect((answer.body as ErrorBody).error.json.data.fieldErrors).toEqual({
      name: "The name is not valid.",
    });
  });

  it("carries no fieldErrors on refusals that are not about input", async () => {
    const { team } = await ownerSignedIn();
    const memberCookie = await signInOverHttp(http.url, team.member.user.email);
    const answer = await trpcMutation(
      http.url,
      "workspace.rename",
      { workspaceId: team.workspace.id, name: "Ours now" },
      { cookie: memberCookie },
    );
    expect(answer.status).toBe(403);
    expect((answer.body as ErrorBody).error.json.data.fieldErrors).toBeNull();
  });
});
