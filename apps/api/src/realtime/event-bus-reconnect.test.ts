// The LISTEN connection is cut (the database restarted, a network blip):
// the bus reconnects by itself and hands its subscribers every event
// committed meanwhile, in order, each once.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recordEvent } from "../services/events/record-event.ts";
import { createTestWorkspace, testPrisma } from "../test/harness.ts";
import { EventBus } from "./event-bus.ts";

let bus: EventBus;
let workspaceId: string;
const received: bigint[] = [];

async function recordOne(label: string): Promise<bigint> {
  return testPrisma().$transaction((tx) =>
    recordEvent(tx, {
      workspaceId,
      actorId: null,
      type: "workspace.renamed",
      data: { before: label, after: label },
    }),
  );
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting: ${what}`);
}

beforeAll(async () => {
  workspaceId = (await createTestWorkspace()).workspace.id;
  // A reconnect delay long enough that the two events below land in the gap.
  bus = new EventBus(testPrisma(), inject("databaseUrl"), () => {}, 1_500);
  await bus.start();
  bus.subscribe((row) => {
    if (row.workspaceId === workspaceId) received.push(row.id);
  });
});
afterAll(() => bus.stop());

describe("the event bus after its connection is cut", () => {
  it("reconnects, says so meanwhile, and delivers what was committed during the gap once each", async () => {
    const before = await recordOne("before");
    await until(() => received.includes(before), "the first event");
    expect(bus.listenerState).toBe("listening");

    // Cut this bus's LISTEN connection from the server side.
    const cut = await testPrisma().$queryRaw<{ cut: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
      WHERE application_name = ${bus.connectionName}`;
    expect(cut).toEqual([{ cut: true }]);
    await until(() => bus.listenerState === "reconnecting", "the bus to notice");

    const during = [await recordOne("during 1"), await recordOne("during 2")];
    await until(() => bus.listenerState === "listening", "the bus to reconnect");
    const after = await recordOne("after");
    await until(() => received.includes(after), "the event after reconnecting");

    expect(received).toEqual([before, ...during, after]);
  });
});
