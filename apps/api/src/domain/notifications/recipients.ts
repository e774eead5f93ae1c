// Who is notified of one event-log row: a pure rule, so the fan-out worker
// only gathers facts (authors, members) and writes what this returns.

import type { EventType } from "../event-types.ts";
import type { NotificationKind } from "./notification-kinds.ts";

export type { NotificationKind } from "./notification-kinds.ts";

export type EventFacts = {
  type: EventType;
  actorId: string | null;
  subjectId: string | null;
  /** The claim kind of a posted claim ("objection", "support"…). */
  claimKind?: string | null;
  /** The author of the claim a posted claim targets. */
  targetAuthorId?: string | null;
  /** The claim a posted claim targets. */
  targetId?: string | null;
  /** The author of the objection an event resolves or reopens. */
  subjectAuthorId?: string | null;
  /** Full members of the workspace (guests are never in this list). */
  memberIds?: readonly string[];
  /** Who reviews a decision: the workspace's facilitators and owners, and its owner. */
  reviewerIds?: readonly string[];
  /** Who made the invitation link someone joined by. */
  inviterId?: string | null;
  /** Members a posted or edited claim's text mentions. */
  mentionedIds?: readonly string[];
  /** Current decisions resting on the claim a posted objection targets (drift), with their owners. */
  challengedDecisions?: readonly { id: string; ownerId: string }[];
};

export type NotificationDraft = {
  recipientId: string;
  kind: NotificationKind;
  /** The claim or proposal the notification links to. */
  concernsId: string | null;
};

const PROPOSAL_KINDS = {
  "proposal.opened": "proposal_opened",
  "proposal.closing_soon": "proposal_closing_soon",
  "proposal.closed": "proposal_closed",
} as const satisfies Partial<Record<EventType, NotificationKind>>;

export function notificationsFor(event: EventFacts): NotificationDraft[] {
  const drafts = draftsFor(event);
  // Nobody is notified of their own action; one row per person per event.
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    if (draft.recipientId === event.actorId || seen.has(draft.recipientId)) return false;
    seen.add(draft.recipientId);
    return true;
  });
}

function draftsFor(event: EventFacts): NotificationDraft[] {
  // Being answered says more than being mentioned: it comes first, and one row per person.
  return [...answerDrafts(event), ...mentionDrafts(event), ...driftDrafts(event)];
}

/** An objection to a decision's premise: its owner should look again. */
function driftDrafts(event: EventFacts): NotificationDraft[] {
  if (event.type !== "claim.posted" || event.claimKind !== "objection") return [];
  return (event.challengedDecisions ?? []).map((decision) => ({
    recipientId: decision.ownerId,
    kind: "decision_premise_challenged" as const,
    concernsId: decision.id,
  }));
}

function mentionDrafts(event: EventFacts): NotificationDraft[] {
  if (event.type !== "claim.posted" && event.type !== "claim.edited") return [];
  return (event.mentionedIds ?? []).map((recipientId) => ({
    recipientId,
    kind: "you_were_mentioned" as const,
    concernsId: event.subjectId,
  }));
}

function answerDrafts(event: EventFacts): NotificationDraft[] {
  switch (event.type) {
    case "claim.posted": {
      if (!event.targetAuthorId) return [];
      if (event.claimKind === "objection") {
        return [
          {
            recipientId: event.targetAuthorId,
            kind: "objection_to_your_claim",
            concernsId: event.subjectId,
          },
        ];
      }
      if (event.claimKind === "support") {
        return [
          {
            recipientId: event.targetAuthorId,
            kind: "support_for_your_claim",
            concernsId: event.subjectId,
          },
        ];
      }
      return [];
    }
    case "objection.resolved":
    case "objection.reopened": {
      if (!event.subjectAuthorId) return [];
      const kind =
        event.type === "objection.resolved" ? "your_objection_answered" : "your_objection_reopened";
      return [{ recipientId: event.subjectAuthorId, kind, concernsId: event.subjectId }];
    }
    case "proposal.opened":
    case "proposal.closing_soon":
    case "proposal.closed": {
      const kind = PROPOSAL_KINDS[event.type];
      return (event.memberIds ?? []).map((recipientId) => ({
        recipientId,
        kind,
        concernsId: event.subjectId,
      }));
    }
    case "member.role_changed":
      // The member whose role an owner changed (the subject); not the owner.
      return event.subjectId
        ? [{ recipientId: event.subjectId, kind: "your_role_changed", concernsId: null }]
        : [];
    case "member.joined":
      return event.inviterId
        ? [
            {
              recipientId: event.inviterId,
              kind: "your_invitation_accepted",
              concernsId: event.subjectId,
            },
          ]
        : [];
    case "decision.recorded":
    case "decision.amended":
      return (event.memberIds ?? []).map((recipientId) => ({
        recipientId,
        kind: "decision_recorded" as const,
        concernsId: event.subjectId,
      }));
    case "decision.review_due":
      return (event.reviewerIds ?? []).map((recipientId) => ({
        recipientId,
        kind: "decision_review_due" as const,
        concernsId: event.subjectId,
      }));
    default:
      return [];
  }
}
