// Two API processes on different ports, one database: each delivers every
// event to its own subscribers (fan-out through LISTEN/NOTIFY, not memory).
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSession } from "../services/sessions.ts";
import { createTestWorkspace, signedInCaller, testPrisma } from "../test/harness.ts";

const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const instances: { process: ChildProcess; url: string }[] = [];

function stopInstance(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts an instance, retrying on another port if it exits (its port taken meanwhile). */
async function startInstance(): Promise<{ process: ChildProcess; url: string }> {
  let lastOutput = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = await tryStartInstance();
    if ("url" in started) return started;
    lastOutput = started.output;
  }
  throw new Error(`API instance did not start:\n${lastOutput}`);
}

async function tryStartInstance(): Promise<
  { process: ChildProcess; url: string } | { output: string }
> {
  const port = await freePort();
  const child = spawn(join(apiDir, "..", "..", "node_modules", ".bin", "tsx"), ["src/main.ts"], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      API_PORT: String(port),
      NODE_ENV: "test",
      STEELMAN_DEMO_SEED: "false",
      APP_ORIGIN: "http://localhost:3000",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stopping it stops tsx's child process too.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { process: child, url };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopInstance(child);
  return { output };
}

/** Opens the SSE stream and resolves with the first event of `type` it carries. */
function firstEventOfType(
  url: string,
  debateId: string,
  token: string,
  type: string,
  signal: AbortSignal,
  lastEventId: string,
) {
  const input = encodeURIComponent(JSON.stringify({ json: { debateId, lastEventId } }));
  return fetch(`${url}/trpc/live.debate?input=${input}`, {
    headers: { cookie: `steelman_session=${token}`, accept: "text/event-stream" },
    signal,
  }).then(async (response) => {
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      text += decoder.decode(value, { stream: true });
      // SSE messages: "id: <event id>" and "data: <json>" lines, blank-line separated.
      for (const message of text.split("\n\n")) {
        const lines = message.split("\n");
        const data = lines.find((l) => l.startsWith("data: "));
        const id = lines.find((l) => l.startsWith("id: "));
        if (data?.includes(`"${type}"`) && id)
          return { id: id.slice(4), data: JSON.parse(data.slice(6)) };
      }
    }
  });
}

beforeAll(async () => {
  // One after the other: each takes a free port that the other cannot get.
  instances.push(await startInstance());
  instances.push(await startInstance());
}, 120_000);

afterAll(() => {
  for (const instance of instances) stopInstance(instance.process);
});

describe("two API instances", () => {
  it("both deliver an event to their own subscribers", async () => {
    const { workspace, owner, members } = await createTestWorkspace(["member"]);
    const host = (await signedInCaller(owner)).caller;
    const debate = await host.debate.create({
      workspaceId: workspace.id,
      question: "Two instances?",
    });
    const { token } = await createSession(testPrisma(), members.member!.id, {
      userAgent: "test",
      ipAddress: null,
    });
    // Streams resume after the last event seen, so no sleep is needed for them
    // to register: whether the post reaches them live or from the log, it arrives.
    const seen = await testPrisma().event.findFirstOrThrow({
      where: { debateId: debate.id },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    const abort = new AbortController();
    const received = instances.map((instance) =>
      firstEventOfType(
        instance.url,
        debate.id,
        token,
        "claim.posted",
        abort.signal,
        seen.id.toString(),
      ),
    );
    const posted = await host.claim.post({
      debateId: debate.id,
      kind: "position",
      body: "Everyone sees this",
    });
    const events = await Promise.all(received);
    abort.abort();
    const stored = await testPrisma().event.findFirstOrThrow({
      where: { subjectId: posted.id, type: "claim.posted" },
      select: { id: true },
    });
    expect(events.map((e) => e.id)).toEqual([stored.id.toString(), stored.id.toString()]);
  }, 30_000);
});
