import { type Claim, isFacilitator } from "./debate";
import type { Role } from "./trpc";

export type ClaimPermissions = ReturnType<typeof claimPermissions>;

/**
 * Which actions to offer on a claim. Only a guide for the interface: the
 * server decides, and its message is shown when it refuses.
 */
export function claimPermissions(
  claim: Claim,
  target: Claim | undefined,
  role: Role,
  writable: boolean,
  /** The claim or one above it is locked: no replies beneath it. */
  threadLocked = false,
) {
  const visible = claim.moderation === "visible";
  const writer = writable && role !== "observer";
  const moderator = writable && isFacilitator(role);
  const resolver =
    writer && claim.kind === "objection" && (isFacilitator(role) || target?.isMine === true);
  const answers = claim.kind === "support" || claim.kind === "objection";
  const ownOrModerated = claim.isMine || isFacilitator(role);
  return {
    reply: writer && visible && !threadLocked,
    edit: writer && visible && (claim.isMine || isFacilitator(role)),
    withdraw: writable && visible && claim.isMine,
    hide: moderator && visible,
    restore: moderator && claim.moderation === "hidden",
    merge: moderator && visible,
    lock: moderator && visible,
    resolve: resolver && visible && claim.resolution === null,
    reopen: resolver && claim.resolution !== null,
    explain: visible && claim.status !== null,
    history: claim.body !== null,
    /** "Also answers…": an extra target for the author's support or objection. */
    link: writer && visible && answers && ownOrModerated,
    unlink: writer && ownOrModerated,
  };
}
