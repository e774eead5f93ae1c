// One LISTEN connection per API instance. Every committed change NOTIFYs its
// event id (services/events/record-event.ts); the bus loads the row and
// hands it to this instance's subscribers, in notification order — which is
// commit order, so per-workspace event ids arrive ascending.
//
// When the connection drops, notifications sent meanwhile are lost: after
// reconnecting, the bus re-reads the events committed since shortly before
// the drop and hands over the ones it had not delivered, in id order, so
// subscribers miss nothing and get nothing twice.
import { randomUUID } from "node:crypto";
import { Prisma } from "@steelman/db";
import pg from "pg";
import type { PrismaClient } from "../db.ts";
import { EVENTS_CHANNEL } from "../services/events/record-event.ts";
import { INBOX_CHANNEL } from "../services/notifications/inbox-signal.ts";
import { AccessWatch } from "./access-watch.ts";
import { DebateDeltas } from "./debate-delta.ts";
import { type EventRow, loadEventsWithActorNames, type NamedEventRow } from "./event-row.ts";
import { InboxWatchers } from "./inbox-watchers.ts";
import { SessionWatch } from "./session-watch.ts";
import { StreamQuota } from "./stream-quota.ts";

export type EventListener = (event: EventRow) => void;

export type ListenerState = "starting" | "listening" | "reconnecting" | "stopped";

/**
 * How far before the drop the replay looks: longer than any transaction may
 * run (20 s), so an event whose transaction began before the drop and
 * committed after it is found.
 */
const REPLAY_MARGIN_MS = 30_000;
/** Ids delivered recently, to skip on replay (more than a busy minute holds). */
const DELIVERED_MEMORY = 10_000;

export class EventBus {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<EventListener>();
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private state: ListenerState = "starting";
  private lostAt: Date | null = null;
  private readonly delivered = new Set<bigint>();
  private readonly lostCallbacks = new Set<() => void>();
  /** The LISTEN connection's application_name, so operators (and tests) can find it. */
  readonly connectionName = `steelman-events-${randomUUID().slice(0, 8)}`;
  /** Watches the sessions of this instance's open streams. */
  readonly sessions: SessionWatch;
  /** Re-reads the access of this instance's open streams, all at once, every 30 s. */
  readonly access: AccessWatch;
  /** Open streams per person on this instance (capped). */
  readonly streams = new StreamQuota();
  /** Open notification bells, told when their person's inbox changed. */
  readonly inbox = new InboxWatchers();
  /** What each event changed, read once here for all of this instance's streams. */
  readonly deltas: DebateDeltas;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly databaseUrl: string,
    // One line per failure: a database restart is an event to note, not a stack trace.
    private readonly onError: (error: unknown) => void = (error) =>
      console.error("[events]", error instanceof Error ? error.message : error),
    private readonly reconnectDelayMs = 1_000,
  ) {
    this.sessions = new SessionWatch(prisma, onError);
    this.access = new AccessWatch(prisma, onError);
    this.deltas = new DebateDeltas(prisma);
  }

  async start(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: this.connectionName,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 5_000,
    });
    client.on("notification", (message) => {
      if (message.channel === INBOX_CHANNEL && message.payload) {
        this.inbox.signal(message.payload);
        return;
      }
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      const id = BigInt(message.payload);
      // Sequential on purpose: loading rows in parallel could reorder them.
      this.chain = this.chain.then(() => this.deliver(id)).catch(this.onError);
    });
    // A replaced connection's late events must not tear down its successor.
    const current = () => this.client === null || this.client === client;
    client.on("error", (error) => {
      this.onError(error);
      if (current()) this.scheduleReconnect();
    });
    client.on("end", () => {
      if (current()) this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${INBOX_CHANNEL}`);
    this.client = client;
    const lostAt = this.lostAt;
    this.lostAt = null;
    this.state = "listening";
    if (lostAt) {
      this.chain = this.chain.then(() => this.replaySince(lostAt)).catch(this.onError);
      this.inbox.signalAll();
    }
  }

  /** "listening", or "reconnecting" while live events cannot arrive (reported by /api/health). */
  get listenerState(): ListenerState {
    return this.state;
  }

  /** Called when live events stop arriving (the LISTEN connection dropped). */
  onListenerLost(callback: () => void): () => void {
    this.lostCallbacks.add(callback);
    return () => this.lostCallbacks.delete(callback);
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
    this.state = "stopped";
    this.sessions.stop();
    this.access.stop();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.client?.end().catch(() => {});
    this.client = null;
  }

  private async deliver(id: bigint): Promise<void> {
    if (this.listeners.size === 0 || this.delivered.has(id)) return;
    // The row and its actor's name in one statement: this is on every event's way to every stream.
    const [row] = await loadEventsWithActorNames(
      this.prisma,
      Prisma.sql`e."id" = ${id.toString()}::bigint`,
    );
    if (row) this.hand(row);
  }

  /** Events committed while the connection was down (and a margin before), in id order. */
  private async replaySince(lostAt: Date): Promise<void> {
    if (this.listeners.size === 0) return;
    const since = new Date(lostAt.getTime() - REPLAY_MARGIN_MS).toISOString();
    // Stored as UTC without a zone.
    const rows = await loadEventsWithActorNames(
      this.prisma,
      Prisma.sql`e."createdAt" >= (${since}::timestamptz AT TIME ZONE 'UTC')`,
    );
    for (const row of rows) {
      if (!this.delivered.has(row.id)) this.hand(row);
    }
  }

  /** One row (and its actor's name, read with it) shared by every subscriber here. */
  private hand(row: NamedEventRow): void {
    this.remember(row.id);
    for (const listener of this.listeners) listener(row);
  }

  private remember(id: bigint): void {
    this.delivered.add(id);
    if (this.delivered.size > DELIVERED_MEMORY) {
      // Sets iterate in insertion order: drop the oldest.
      const oldest = this.delivered.values().next().value;
      if (oldest !== undefined) this.delivered.delete(oldest);
    }
  }

  /** After a lost connection, listen again; subscribers resume from their last id. */
  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    this.lostAt ??= new Date();
    this.state = "reconnecting";
    for (const callback of this.lostCallbacks) callback();
    const client = this.client;
    this.client = null;
    client?.end().catch(() => {});
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.start().catch((error) => {
        this.onError(error);
        this.scheduleReconnect();
      });
    }, this.reconnectDelayMs);
  }
}
