import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMailer } from "../services/email/mailer.ts";
import { type SmtpInbox, startSmtpInbox } from "./smtp-inbox.ts";

let inbox: SmtpInbox | undefined;
afterEach(async () => {
  await inbox?.close();
  inbox = undefined;
});

describe("the tests' SMTP inbox", () => {
  it("outlives a sender that resets its connection, and still takes mail", async () => {
    inbox = await startSmtpInbox();
    const { port } = new URL(inbox.mailEnv.smtpUrl);
    // A sender dropping its connection abruptly in the middle of a mail (as
    // one does when its process is stopped) makes the server see ECONNRESET,
    // which it reports as an error event: a run must not fail on it.
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1");
      let replies = "";
      socket.on("data", (chunk) => {
        replies += chunk.toString();
        if (replies.startsWith("220") && !replies.includes("EHLO-sent")) {
          replies += "EHLO-sent";
          socket.write("EHLO sender.test\r\nMAIL FROM:<sender@test.steelman.test>\r\n");
        }
        if (/250 Accepted/.test(replies)) {
          socket.resetAndDestroy();
          resolve();
        }
      });
      socket.once("error", reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await createMailer(inbox.mailEnv).send({
      to: "after-reset@test.steelman.test",
      subject: "Still here",
      text: "The inbox took this after a reset.",
      html: "<p>The inbox took this after a reset.</p>",
    });
    expect(inbox.to("after-reset@test.steelman.test").map((mail) => mail.subject)).toEqual([
      "Still here",
    ]);
  });
});
