// An invitation's state, derived from its timestamps. Pure.
export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

export const INVITATION_UNUSABLE_MESSAGE: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation has already been used. Ask for a new link.",
  expired: "This invitation has expired. Ask for a new link.",
  revoked: "This invitation was withdrawn. Ask for a new link.",
};
