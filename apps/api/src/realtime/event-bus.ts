// One LISTEN connection per API instance. Every committed change NOTIFYs its
// event id (services/events/record-event.ts); the bus loads the row and
// hands it to this instance's subscribers, in notification order — which is
// commit order, so per-workspace event ids arrive ascending.
import pg from "pg";
import type { PrismaClient } from "../db.ts";
import { EVENTS_CHANNEL } from "../services/events/record-event.ts";
import { DebateDeltas } from "./debate-delta.ts";
import { type EventRow, eventRowSelect } from "./event-row.ts";
import { SessionWatch } from "./session-watch.ts";

export type EventListener = (event: EventRow) => void;

export class EventBus {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<EventListener>();
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Watches the sessions of this instance's open streams. */
  readonly sessions: SessionWatch;
  /** What each event changed, read once here for all of this instance's streams. */
  readonly deltas: DebateDeltas;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly databaseUrl: string,
    private readonly onError: (error: unknown) => void = (error) =>
      console.error("[events]", error),
  ) {
    this.sessions = new SessionWatch(prisma, onError);
    this.deltas = new DebateDeltas(prisma);
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on("notification", (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      const id = BigInt(message.payload);
      // Sequential on purpose: loading rows in parallel could reorder them.
      this.chain = this.chain.then(() => this.deliver(id)).catch(this.onError);
    });
    client.on("error", (error) => {
      this.onError(error);
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sessions.stop();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.client?.end().catch(() => {});
    this.client = null;
  }

  private async deliver(id: bigint): Promise<void> {
    if (this.listeners.size === 0) return;
    const row = await this.prisma.event.findUnique({ where: { id }, select: eventRowSelect });
    if (!row) return;
    // One name lookup per event, shared by every subscriber of this instance.
    const actor = row.actorId
      ? await this.prisma.user.findUnique({
          where: { id: row.actorId },
          select: { displayName: true },
        })
      : null;
    const delivered: EventRow = { ...row, actorName: actor?.displayName ?? null };
    for (const listener of this.listeners) listener(delivered);
  }

  /** After a lost connection, listen again; subscribers resume from their last id. */
  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    this.client?.end().catch(() => {});
    this.client = null;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.start().catch((error) => {
        this.onError(error);
        this.scheduleReconnect();
      });
    }, 1_000);
  }
}
