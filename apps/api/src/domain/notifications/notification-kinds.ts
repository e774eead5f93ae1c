// The kinds of notification, and how each is said in the app and in mail:
// one list, shared with the web (@steelman/api/notifications). No names of
// people: in an anonymous debate nobody may learn who objected.
export const NOTIFICATION_KINDS = [
  "objection_to_your_claim",
  "support_for_your_claim",
  "your_objection_answered",
  "your_objection_reopened",
  "proposal_opened",
  "proposal_closed",
  "proposal_closing_soon",
  "decision_review_due",
  "your_role_changed",
  "your_invitation_accepted",
  "you_were_mentioned",
  "decision_recorded",
  "decision_premise_challenged",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_SENTENCES: Record<NotificationKind, string> = {
  objection_to_your_claim: "Someone objected to your claim",
  support_for_your_claim: "Someone supported your claim",
  your_objection_answered: "Your objection was answered",
  your_objection_reopened: "Your objection was reopened",
  proposal_opened: "A proposal was opened",
  proposal_closed: "A proposal closed",
  proposal_closing_soon: "A proposal closes within 24 hours",
  decision_review_due: "A decision is due for review",
  your_role_changed: "Your role in the workspace changed",
  your_invitation_accepted: "Someone joined through your invitation link",
  you_were_mentioned: "Someone mentioned you in a claim",
  decision_recorded: "A decision was recorded",
  decision_premise_challenged: "A premise of your decision was challenged",
};

/** The sentence for a stored kind (a column of text: an unknown one still reads). */
export function notificationSentence(kind: string): string {
  return (NOTIFICATION_SENTENCES as Record<string, string>)[kind] ?? "Something happened";
}
