// The session watch ends streams whose session ended, and only those: a
// stream that starts watching while a check is already reading the
// sessions must not be taken for ended (found by bench/workshop-load: 90 of
// 1,000 streams opened together were told "Your session has ended").
import { describe, expect, it } from "vitest";
import { createSession } from "../services/sessions.ts";
import { createTestUser, testPrisma } from "../test/harness.ts";
import { SessionWatch } from "./session-watch.ts";

async function newSession(): Promise<string> {
  const user = await createTestUser("watched");
  await createSession(testPrisma(), user.id, { userAgent: "vitest", ipAddress: null });
  const session = await testPrisma().session.findFirstOrThrow({
    where: { userId: user.id },
    select: { publicId: true },
  });
  return session.publicId;
}

describe("SessionWatch", () => {
  it("ends the streams of a deleted session and keeps a live one", async () => {
    const watch = new SessionWatch(testPrisma(), (error) => {
      throw error;
    });
    const [kept, ended] = [await newSession(), await newSession()];
    const endings: string[] = [];
    const stopKept = watch.watch(kept, () => endings.push(kept));
    watch.watch(ended, () => endings.push(ended));
    await testPrisma().session.delete({ where: { publicId: ended } });
    await watch.checkNow();
    expect(endings).toEqual([ended]);
    stopKept();
  });

  it("does not end a stream that started watching while a check was reading", async () => {
    const watch = new SessionWatch(testPrisma(), (error) => {
      throw error;
    });
    const [first, joining] = [await newSession(), await newSession()];
    const endings: string[] = [];
    const stops = [watch.watch(first, () => endings.push(first))];
    const checking = watch.checkNow();
    // The check's query is in flight: a new stream of a valid session arrives.
    stops.push(watch.watch(joining, () => endings.push(joining)));
    await checking;
    expect(endings).toEqual([]);
    await watch.checkNow();
    expect(endings).toEqual([]);
    for (const stop of stops) stop();
  });
});
