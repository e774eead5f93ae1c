// The workspace archive over real HTTP with real cookies: an owner downloads
// it and creates a new workspace from it; others, foreign origins, damaged
// uploads and a taken address are refused.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRichDebate, createDebateTeam, type DebateTeam } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { signInOverHttp, TEST_ORIGIN } from "../test/http-client.ts";
import { startTestServer } from "../test/http-server.ts";

let url = "";
let server: FastifyInstance | undefined;
let team: DebateTeam;
let ownerCookie = "";

beforeAll(async () => {
  ({ url, server } = await startTestServer());
  team = await createDebateTeam();
  await buildRichDebate(team);
  ownerCookie = await signInOverHttp(url, team.owner.user.email);
});
afterAll(async () => {
  await server?.close();
});

const download = (slug: string, cookie: string) =>
  fetch(`${url}/api/workspaces/${slug}/archive`, { headers: { cookie } });

const upload = (slug: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/workspace-archives?slug=${slug}`, {
    method: "POST",
    headers: {
      cookie: ownerCookie,
      origin: TEST_ORIGIN,
      "content-type": "application/x-ndjson",
      ...headers,
    },
    body,
  });

describe("workspace archive over HTTP", () => {
  it("lets an owner download the archive and create a workspace from it", async () => {
    const response = await download(team.workspace.slug, ownerCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const archive = await response.text();
    expect(archive.trimEnd().split("\n").at(-1)).toMatch(/"t":"end"/);

    const slug = `up-${crypto.randomUUID().slice(0, 8)}`;
    const created = await upload(slug, archive);
    expect(created.status).toBe(200);
    const { workspace } = (await created.json()) as { workspace: { id: string; slug: string } };
    expect(workspace.slug).toBe(slug);
    expect(await testPrisma().claim.count({ where: { workspaceId: workspace.id } })).toBe(13);
    const role = await testPrisma().membership.findFirst({
      where: { workspaceId: workspace.id, userId: team.owner.user.id },
      select: { role: true },
    });
    expect(role).toEqual({ role: "owner" });
  });

  it("refuses the download to a facilitator, a stranger and the signed-out", async () => {
    const facilitator = await signInOverHttp(url, team.facilitator.user.email);
    expect((await download(team.workspace.slug, facilitator)).status).toBe(403);
    const stranger = await createDebateTeam();
    const strangerCookie = await signInOverHttp(url, stranger.owner.user.email);
    expect((await download(team.workspace.slug, strangerCookie)).status).toBe(404);
    expect((await download(team.workspace.slug, "")).status).toBe(401);
  });

  it("refuses an upload from another origin, and says what is wrong with a damaged one", async () => {
    const slug = `up-${crypto.randomUUID().slice(0, 8)}`;
    const foreign = await upload(slug, "{}", { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const damaged = await upload(slug, '{"t":"archive"}\n');
    expect(damaged.status).toBe(400);
    expect(await damaged.json()).toEqual({
      error: {
        message: "The archive is damaged at line 1: this is not a Steelman workspace archive.",
      },
    });
    expect(await testPrisma().workspace.count({ where: { slug } })).toBe(0);
  });

  it("refuses an upload to an address already taken", async () => {
    const archive = await (await download(team.workspace.slug, ownerCookie)).text();
    const taken = await upload(team.workspace.slug, archive);
    expect(taken.status).toBe(409);
  });
});
