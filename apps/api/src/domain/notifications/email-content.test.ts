import { describe, expect, it } from "vitest";
import { composeDigestMail, composeNotificationMail } from "./email-content.ts";
import { notificationPath } from "./links.ts";

const context = {
  workspaceName: "Policy <Team>",
  unsubscribeUrl: "https://app.example/unsubscribe?token=t",
  settingsUrl: "https://app.example/account",
};

describe("notification mail", () => {
  it("says what happened where, links to it, and escapes the HTML", () => {
    const mail = composeNotificationMail(
      {
        kind: "objection_to_your_claim",
        debateQuestion: "Four-day week?",
        link: "https://app.example/w/p/d/1#claim-3",
      },
      context,
    );
    expect(mail.subject).toBe("Someone objected to your claim in “Four-day week?”");
    expect(mail.text).toContain("Open it: https://app.example/w/p/d/1#claim-3");
    expect(mail.text).toContain("Unsubscribe from these emails: https://app.example/unsubscribe");
    expect(mail.html).toContain("Policy &lt;Team&gt;");
    expect(mail.html).not.toContain("<Team>");
  });

  it("lists every item of a digest in one mail", () => {
    const items = ["proposal_opened", "support_for_your_claim"].map((kind, i) => ({
      kind,
      debateQuestion: null,
      link: `https://app.example/${i}`,
    }));
    const mail = composeDigestMail(items, context);
    expect(mail.subject).toContain("2 notifications");
    expect(mail.text).toContain("A proposal was opened");
    expect(mail.text).toContain("https://app.example/1");
  });
});

describe("notificationPath", () => {
  const base = { workspaceSlug: "policy", debateId: "d1", concernsId: "x", claimNumber: null };
  it("leads to the claim, the decide page, or the decision", () => {
    expect(notificationPath({ ...base, kind: "objection_to_your_claim", claimNumber: 4 })).toBe(
      "/w/policy/d/d1#claim-4",
    );
    expect(notificationPath({ ...base, kind: "proposal_opened" })).toBe("/w/policy/d/d1/decide");
    expect(notificationPath({ ...base, kind: "decision_review_due" })).toBe(
      "/w/policy/decisions/x",
    );
  });
});
