// A small client for black-box tests over real HTTP: tRPC calls with real
// cookies, and a Server-Sent Events reader for live streams.
import { readSseBlock } from "../wire/sse-block.ts";
import { uniqueIp } from "./assertions.ts";
import { TEST_PASSWORD } from "./harness.ts";

export const TEST_ORIGIN = "http://localhost:3000";

export type HttpAnswer = { status: number; body: unknown; headers: Headers };

/** POSTs one tRPC mutation as the app's own page would (origin, JSON, superjson envelope). */
export async function trpcMutation(
  url: string,
  path: string,
  input: unknown,
  options: { cookie?: string; ip?: string } = {},
): Promise<HttpAnswer> {
  const response = await fetch(`${url}/trpc/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: TEST_ORIGIN,
      "x-forwarded-for": options.ip ?? uniqueIp(),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ json: input }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** Signs in over HTTP and returns the session cookie ("name=value") the server set. */
export async function signInOverHttp(url: string, email: string, ip = uniqueIp()) {
  const answer = await trpcMutation(url, "auth.signIn", { email, password: TEST_PASSWORD }, { ip });
  if (answer.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
  const cookie = answer.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}

/** `meta`: superjson's type notes, absent when the server sent the data in plain JSON form. */
export type SseMessage = { event: string; id: string | null; data: unknown; meta?: unknown };

/** An open SSE connection to a tRPC subscription; read messages one by one. */
export class SseStream {
  private buffer = "";
  private readonly decoder = new TextDecoder();

  private constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly controller: AbortController,
    /** The response headers the stream opened with. */
    readonly headers: Headers,
    /** tRPC wraps each payload in `{ json, meta }`; the plain live route sends it bare. */
    private readonly enveloped = true,
  ) {}

  /**
   * Opens the plain SSE route (`/api/live/debates/:id`). A refusal comes back
   * as the HTTP answer; an open stream as the reader.
   */
  static async openPlain(
    url: string,
    path: string,
    headers: Record<string, string>,
  ): Promise<SseStream | { status: number; body: { code: string; message: string } }> {
    const controller = new AbortController();
    const response = await fetch(`${url}${path}`, {
      headers: { accept: "text/event-stream", ...headers },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) {
      return { status: response.status, body: (await response.json()) as never };
    }
    return new SseStream(response.body.getReader(), controller, response.headers, false);
  }

  static async open(url: string, path: string, input: unknown, cookie: string) {
    const controller = new AbortController();
    const query = encodeURIComponent(JSON.stringify({ json: input }));
    const response = await fetch(`${url}/trpc/${path}?input=${query}`, {
      headers: { accept: "text/event-stream", cookie },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream refused: ${response.status}`);
    const stream = new SseStream(response.body.getReader(), controller, response.headers);
    const first = await stream.next();
    if (first?.event !== "connected") throw new Error(`stream did not connect: ${first?.event}`);
    return stream;
  }

  /** The next message other than a ping, or null when the server ended the stream. */
  async next(): Promise<SseMessage | null> {
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const message = parseBlock(block, this.enveloped);
        if (message === null) continue;
        if (message.event !== "ping") return message;
        continue;
      }
      const chunk = await this.reader.read();
      if (chunk.done) return null;
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  /** Reads until a message of this event type arrives; null if the stream ends first. */
  async nextData(): Promise<SseMessage | null> {
    for (;;) {
      const message = await this.next();
      if (message === null || message.event === "message") return message;
    }
  }

  close(): void {
    this.controller.abort();
  }
}

/** One SSE block as a message; null for a block of comments and `retry:` only. */
function parseBlock(text: string, enveloped: boolean): SseMessage | null {
  const block = readSseBlock(text);
  if (!block) return null;
  const { event, id } = block;
  if (!block.data) return { event, id, data: null };
  if (!enveloped) return { event, id, data: JSON.parse(block.data) };
  const envelope = JSON.parse(block.data) as { json?: unknown; meta?: unknown };
  return { event, id, data: envelope.json, meta: envelope.meta };
}
