// What a notification mail says: subject, plain text and simple HTML, built
// from facts the mail worker gathered. Pure, so wording is tested directly.
// No names of people: in an anonymous debate a mail must not say who objected.
import { notificationSentence } from "./notification-kinds.ts";

/** One notification as a mail shows it. */
export type MailItem = {
  kind: string;
  /** The debate's question, when the notification belongs to a debate. */
  debateQuestion: string | null;
  /** Absolute link to the claim, proposal or decision. */
  link: string;
};

export type MailContext = { workspaceName: string; unsubscribeUrl: string; settingsUrl: string };

export type MailContent = { subject: string; text: string; html: string };

export function composeNotificationMail(item: MailItem, context: MailContext): MailContent {
  const sentence = notificationSentence(item.kind);
  const where = item.debateQuestion ? ` in “${item.debateQuestion}”` : "";
  return {
    subject: `${sentence}${where}`,
    text: [`${sentence}${where} (${context.workspaceName}).`, "", `Open it: ${item.link}`, ""]
      .concat(footerText(context))
      .join("\n"),
    html: page(
      `<p>${escapeHtml(`${sentence}${where} (${context.workspaceName}).`)}</p>` +
        `<p><a href="${escapeHtml(item.link)}">Open it in Steelman</a></p>`,
      context,
    ),
  };
}

export function composeDigestMail(items: readonly MailItem[], context: MailContext): MailContent {
  const count = items.length === 1 ? "1 notification" : `${items.length} notifications`;
  const lines = items.map((item) => {
    const where = item.debateQuestion ? ` in “${item.debateQuestion}”` : "";
    return { text: `${notificationSentence(item.kind)}${where}`, link: item.link };
  });
  return {
    subject: `Your daily Steelman digest: ${count} in ${context.workspaceName}`,
    text: [`${count} in ${context.workspaceName} since yesterday:`, ""]
      .concat(
        lines.map((line) => `- ${line.text}\n  ${line.link}`),
        "",
      )
      .concat(footerText(context))
      .join("\n"),
    html: page(
      `<p>${escapeHtml(`${count} in ${context.workspaceName} since yesterday:`)}</p><ul>` +
        lines
          .map((line) => `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.text)}</a></li>`)
          .join("") +
        "</ul>",
      context,
    ),
  };
}

function footerText(context: MailContext): string[] {
  return [
    "--",
    `Change what you receive: ${context.settingsUrl}`,
    `Unsubscribe from these emails: ${context.unsubscribeUrl}`,
  ];
}

function page(body: string, context: MailContext): string {
  return (
    `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${body}` +
    `<hr><p style="font-size:12px;color:#555"><a href="${escapeHtml(context.settingsUrl)}">` +
    `Change what you receive</a> · <a href="${escapeHtml(context.unsubscribeUrl)}">` +
    "Unsubscribe from these emails</a></p></body></html>"
  );
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
