// Per-person, per-workspace notification level, applied after the recipient rule.
import type { NotificationDraft, NotificationKind } from "./recipients.ts";

export const NOTIFICATION_LEVELS = ["all", "mine", "none"] as const;
export type NotificationLevel = (typeof NOTIFICATION_LEVELS)[number];

/** Email per workspace: none, one mail per notification, or one digest a day. */
export const EMAIL_MODES = ["off", "immediate", "digest"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** Kinds about the person's own claims, as opposed to workspace-wide news. */
const CONCERNS_ME: ReadonlySet<NotificationKind> = new Set([
  "objection_to_your_claim",
  "support_for_your_claim",
  "your_objection_answered",
  "your_objection_reopened",
  "decision_review_due",
  "your_role_changed",
  "your_invitation_accepted",
  "you_were_mentioned",
  "decision_premise_challenged",
]);

export function keepForLevel(draft: NotificationDraft, level: NotificationLevel): boolean {
  if (level === "none") return false;
  if (level === "mine") return CONCERNS_ME.has(draft.kind);
  return true;
}
