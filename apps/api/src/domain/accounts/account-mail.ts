// Mails about a person's own account: password reset, address verification,
// and "someone tried to sign up with your address". Pure. These are
// transactional (asked for by the person), so they carry no unsubscribe.
import { escapeHtml, type MailContent } from "../notifications/email-content.ts";

function mail(subject: string, paragraphs: string[], link: { url: string; label: string }) {
  return {
    subject,
    text: [...paragraphs, "", `${link.label}: ${link.url}`, ""].join("\n\n").trim(),
    html:
      '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">' +
      paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
      `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p></body></html>`,
  } satisfies MailContent;
}

export function passwordResetMail(resetUrl: string): MailContent {
  return mail(
    "Reset your Steelman password",
    [
      "Someone (we hope you) asked to reset the password of your Steelman account.",
      "The link works once, for one hour. Resetting signs you out everywhere else.",
      "If you did not ask for this, ignore this mail: your password stays as it is.",
    ],
    { url: resetUrl, label: "Choose a new password" },
  );
}

export function verifyEmailMail(verifyUrl: string): MailContent {
  return mail(
    "Confirm your email address for Steelman",
    [
      "Welcome to Steelman. Confirm that this address is yours to finish signing up.",
      "The link works once, for two days. If you did not sign up, ignore this mail.",
    ],
    { url: verifyUrl, label: "Confirm my address" },
  );
}

export function signUpAttemptMail(signInUrl: string, resetUrl: string): MailContent {
  const content = mail(
    "Someone tried to sign up to Steelman with your address",
    [
      "Someone tried to create a Steelman account with this email address, which already has one.",
      "If it was you: sign in instead, or reset your password if you forgot it " +
        `(${resetUrl}). If it was not you, nothing changed and you need do nothing.`,
    ],
    { url: signInUrl, label: "Sign in" },
  );
  return content;
}
