import {
  type DebatePhase,
  excerpt,
  PHASE_LABELS,
  RESOLUTION_LABELS,
  type ResolutionKind,
} from "@/lib/debate";
import type { RouterOutputs } from "@/lib/trpc";

export type ActivityEvent = RouterOutputs["debate"]["activity"]["events"][number] & {
  debateQuestion?: string | null;
};

/** What the feed knows about a debate's claims, to name them ("objection #24", "rebuttal #25"). */
export type ClaimLookup = (claimId: string) => { number: number; word: string } | undefined;

type Data = Record<string, unknown>;
/** A text field of the event's data, cut to a line (notes, reasons and outcomes can be long). */
const str = (data: Data, key: string) =>
  typeof data[key] === "string" ? excerpt(data[key] as string, 160) : null;
const num = (data: Data, key: string) =>
  typeof data[key] === "number" ? (data[key] as number) : null;

/**
 * One event as a sentence: "Chloé posted objection #24", "Ben moved the
 * debate to voting", "Ben parked objection #12: out of scope". Actors hidden
 * by an anonymous debate are "Someone".
 */
export function describeEvent(event: ActivityEvent, lookup: ClaimLookup = () => undefined): string {
  const who = event.actor?.displayName ?? "Someone";
  const data: Data = event.data && typeof event.data === "object" ? (event.data as Data) : {};
  const subject = event.subjectId ? lookup(event.subjectId) : undefined;
  const n = num(data, "number") ?? subject?.number ?? null;
  const ref = (word: string) => (n === null ? `a ${word}` : `${word} #${n}`);
  const claimRef = subject ? `${subject.word} #${subject.number}` : ref("claim");
  // The model calls a rebuttal an objection; the feed names it as the outline does.
  const objectionRef = subject ? claimRef : ref("objection");
  const claimAt = (id: string | null) => {
    const claim = id ? lookup(id) : undefined;
    return claim ? `${claim.word} #${claim.number}` : "a claim";
  };

  switch (event.type) {
    case "claim.posted": {
      if (data.block === true) return `${who} blocked a proposal with ${ref("objection")}`;
      return `${who} posted ${subject ? claimRef : ref(str(data, "kind") ?? "claim")}`;
    }
    case "claim.edited":
      return `${who} edited ${claimRef}`;
    case "claim.withdrawn":
      return `${who} withdrew ${claimRef}`;
    case "claim.merged":
      return `${who} merged ${claimRef} into #${num(data, "keptNumber") ?? "?"}`;
    case "claim.linked":
      return `${who} linked ${claimAt(str(data, "fromId"))} to ${claimAt(str(data, "toId"))}`;
    case "claim.unlinked":
      return `${who} unlinked ${claimAt(str(data, "fromId"))} from ${claimAt(str(data, "toId"))}`;
    case "objection.resolved": {
      const kind = str(data, "kind") as ResolutionKind | null;
      const how =
        kind && kind in RESOLUTION_LABELS ? RESOLUTION_LABELS[kind].toLowerCase() : "resolved";
      const note = str(data, "note");
      return `${who} resolved ${objectionRef} as ${how}${note ? `: ${note}` : ""}`;
    }
    case "objection.reopened":
      return `${who} reopened ${objectionRef}`;
    case "objection.parked":
      return `${who} parked ${objectionRef}: ${str(data, "reason") ?? "no reason given"}`;
    case "objection.unparked":
      return `${who} unparked ${objectionRef}: it is open again`;
    case "debate.phase_changed": {
      const after = str(data, "after") as DebatePhase | null;
      const phase =
        after && after in PHASE_LABELS ? PHASE_LABELS[after].toLowerCase() : "a new phase";
      const endsAt = str(data, "endsAt");
      const minutes = endsAt
        ? Math.round((new Date(endsAt).getTime() - event.createdAt.getTime()) / 60_000)
        : null;
      return `${who} moved the debate to ${phase}${minutes ? ` with a ${minutes}-minute timer` : ""}`;
    }
    case "debate.created":
      return `${who} opened the debate “${str(data, "question") ?? event.debateQuestion ?? ""}”`;
    case "debate.updated":
      return `${who} changed the debate's question or settings`;
    case "debate.archived":
      return `${who} archived the debate`;
    case "debate.unarchived":
      return `${who} restored the debate from the archive`;
    case "debate.imported":
      return `${who} imported the debate`;
    case "vote.cast":
      return `${who} voted on ${claimRef}`;
    case "vote.removed":
      return `${who} took back their vote on ${claimRef}`;
    case "ballot.cast":
      return `${who} voted on ${proposalRef(data)}`;
    case "proposal.opened":
      return `${who} put ${proposalRef(data)} to a vote`;
    case "proposal.closed": {
      const result = proposalResult(data);
      const closed = event.actor
        ? `${who} closed ${proposalRef(data)}`
        : `${capitalize(proposalRef(data))} closed`;
      return result ? `${closed}: ${result}` : closed;
    }
    case "decision.recorded":
      return `${who} recorded the decision “${str(data, "outcome") ?? ""}”`;
    case "decision.amended":
      return `${who} amended the decision “${str(data, "outcome") ?? ""}” (version ${num(data, "version") ?? "?"})`;
    case "guest.joined":
      return `${who} joined as a guest`;
    case "guest.removed": {
      const guest = str(data, "displayName");
      return `${who} removed ${guest ? `the guest ${guest}` : "a guest"}`;
    }
    case "claim.hidden":
      return `${who} hid ${claimRef}`;
    case "claim.restored":
      return `${who} restored ${claimRef}`;
    case "workspace.created":
      return `${who} created the workspace “${str(data, "name") ?? ""}”`;
    case "workspace.imported":
      return `${who} created the workspace from an archive of “${str(data, "fromSlug") ?? ""}”`;
    case "workspace.renamed":
      return `${who} renamed the workspace to “${str(data, "after") ?? ""}”`;
    case "member.joined":
      return `${who} joined the workspace as ${roleWord(str(data, "role"))}`;
    case "member.role_changed":
      return `${who} made a member ${roleWord(str(data, "after"))}`;
    case "member.left":
      return `${who} left the workspace`;
    case "member.removed":
      return `${who} removed a member from the workspace`;
    case "invitation.created":
      return `${who} invited someone as ${roleWord(str(data, "role"))}`;
    case "invitation.revoked":
      return `${who} revoked an invitation`;
    case "join_code.opened":
      return `${who} let guests join as ${str(data, "role") === "observer" ? "observers" : "members"}`;
    case "join_code.closed":
      return `${who} closed the join code`;
    case "join_code.renewed":
      return `${who} renewed the join code`;
    case "join_code.limited":
      return `${who} changed how many guests the join code admits`;
    case "thread.locked":
      return `${who} locked the thread under #${n ?? "?"}`;
    case "thread.unlocked":
      return `${who} unlocked the thread under #${n ?? "?"}`;
    default:
      return `${who}: ${event.type.replace(/[._]/g, " ")}`;
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "proposal “Pilot in March”" (older events carry no title: "a proposal"). */
function proposalRef(data: Data): string {
  const title = str(data, "title");
  return title ? `proposal “${title}”` : "a proposal";
}

const roleWord = (role: string | null) =>
  role === "owner" ? "an owner" : role === "observer" ? "an observer" : `a ${role ?? "member"}`;

/** What a closed proposal came to, in words: "consented", "Support chosen", "a tie: A or B". */
function proposalResult(data: Data): string | null {
  const winners = Array.isArray(data.winners)
    ? data.winners.filter((w): w is string => typeof w === "string")
    : [];
  switch (data.outcome) {
    case "consented":
      return "consented";
    case "blocked":
      return "blocked";
    case "no_quorum":
      return "no quorum";
    case "no_votes":
      return "no votes";
    case "decided":
      return winners.length > 0 ? `${winners.join(", ")} chosen` : "decided";
    case "tie":
      return winners.length > 0 ? `a tie: ${winners.join(" or ")}` : "a tie";
    default:
      return null;
  }
}
