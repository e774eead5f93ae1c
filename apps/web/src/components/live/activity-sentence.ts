import type { ShownEvent } from "@steelman/api/events";
import type { Role } from "@steelman/api/vocabulary";
import { excerpt, PHASE_LABELS, RESOLUTION_LABELS } from "@/lib/debate";
import type { RouterOutputs } from "@/lib/trpc";

type ClosedProposal = Extract<ShownEvent, { type: "proposal.closed" }>["data"];

export type ActivityEvent = RouterOutputs["debate"]["activity"]["events"][number] & {
  debateQuestion?: string | null;
};

/** What the feed knows about a debate's claims, to name them ("objection #24", "rebuttal #25"). */
export type ClaimLookup = (claimId: string) => { number: number; word: string } | undefined;

/** A text of the event's data cut to a line (notes, reasons and outcomes can be long). */
const line = (text: string | null | undefined) => (text ? excerpt(text, 160) : null);

/**
 * One event as a sentence: "Chloé posted objection #24", "Ben moved the
 * debate to voting", "Ben parked objection #12: out of scope". Actors hidden
 * by an anonymous debate are "Someone". The data is typed by the event's type
 * (`@steelman/api/events`); fields older rows lack are optional there.
 */
export function describeEvent(event: ActivityEvent, lookup: ClaimLookup = () => undefined): string {
  const who = event.actor?.displayName ?? "Someone";
  const subject = event.subjectId ? lookup(event.subjectId) : undefined;
  const dataNumber = "number" in event.data ? event.data.number : null;
  const n = dataNumber ?? subject?.number ?? null;
  const ref = (word: string) => (n === null ? `a ${word}` : `${word} #${n}`);
  const claimRef = subject ? `${subject.word} #${subject.number}` : ref("claim");
  // The model calls a rebuttal an objection; the feed names it as the outline does.
  const objectionRef = subject ? claimRef : ref("objection");
  const claimAt = (id: string) => {
    const claim = lookup(id);
    return claim ? `${claim.word} #${claim.number}` : "a claim";
  };

  switch (event.type) {
    case "claim.posted": {
      if (event.data.block === true) return `${who} blocked a proposal with ${ref("objection")}`;
      return `${who} posted ${subject ? claimRef : ref(event.data.kind)}`;
    }
    case "claim.edited":
      return `${who} edited ${claimRef}`;
    case "claim.withdrawn":
      return `${who} withdrew ${claimRef}`;
    case "claim.merged":
      return `${who} merged ${claimRef} into #${event.data.keptNumber}`;
    case "claim.linked":
      return `${who} linked ${claimAt(event.data.fromId)} to ${claimAt(event.data.toId)}`;
    case "claim.unlinked":
      return `${who} unlinked ${claimAt(event.data.fromId)} from ${claimAt(event.data.toId)}`;
    case "objection.resolved": {
      const how = RESOLUTION_LABELS[event.data.kind].toLowerCase();
      const note = line(event.data.note);
      return `${who} resolved ${objectionRef} as ${how}${note ? `: ${note}` : ""}`;
    }
    case "objection.reopened":
      return `${who} reopened ${objectionRef}`;
    case "objection.parked":
      return `${who} parked ${objectionRef}: ${line(event.data.reason) ?? "no reason given"}`;
    case "objection.unparked":
      return `${who} unparked ${objectionRef}: it is open again`;
    case "debate.phase_changed": {
      const { after } = event.data;
      const phase = after ? PHASE_LABELS[after].toLowerCase() : "a new phase";
      const { endsAt } = event.data;
      const minutes = endsAt
        ? Math.round((new Date(endsAt).getTime() - event.createdAt.getTime()) / 60_000)
        : null;
      return `${who} moved the debate to ${phase}${minutes ? ` with a ${minutes}-minute timer` : ""}`;
    }
    case "debate.created":
      return `${who} opened the debate “${line(event.data.question) ?? event.debateQuestion ?? ""}”`;
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
      return `${who} voted on ${proposalRef(event.data.title)}`;
    case "proposal.opened":
      return `${who} put ${proposalRef(event.data.title)} to a vote`;
    case "proposal.closed": {
      const proposal = proposalRef(event.data.title);
      const result = proposalResult(event.data);
      const closed = event.actor ? `${who} closed ${proposal}` : `${capitalize(proposal)} closed`;
      return result ? `${closed}: ${result}` : closed;
    }
    case "proposal.closing_soon":
      return `${capitalize(proposalRef(event.data.title))} closes within 24 hours`;
    case "decision.recorded":
      return `${who} recorded the decision “${line(event.data.outcome) ?? ""}”`;
    case "decision.amended":
      return `${who} amended the decision “${line(event.data.outcome) ?? ""}” (version ${event.data.version})`;
    case "decision.review_due":
      return `The decision “${line(event.data.outcome) ?? ""}” is due for review`;
    case "guest.joined":
      return `${who} joined as a guest`;
    case "guest.removed": {
      const guest = line(event.data.displayName);
      return `${who} removed ${guest ? `the guest ${guest}` : "a guest"}`;
    }
    case "claim.hidden":
      return `${who} hid ${claimRef}`;
    case "claim.restored":
      return `${who} restored ${claimRef}`;
    case "workspace.created":
      return `${who} created the workspace “${line(event.data.name) ?? ""}”`;
    case "workspace.imported":
      return `${who} created the workspace from an archive of “${event.data.fromSlug}”`;
    case "workspace.renamed":
      return `${who} renamed the workspace to “${line(event.data.after) ?? ""}”`;
    case "member.joined":
      return `${who} joined the workspace as ${roleWord(event.data.role)}`;
    case "member.role_changed":
      return `${who} made a member ${roleWord(event.data.after)}`;
    case "member.left":
      return `${who} left the workspace`;
    case "member.removed":
      return `${who} removed a member from the workspace`;
    case "invitation.created":
      return `${who} invited someone as ${roleWord(event.data.role)}`;
    case "invitation.revoked":
      return `${who} revoked an invitation`;
    case "join_code.opened":
      return `${who} let guests join as ${event.data.role === "observer" ? "observers" : "members"}`;
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
    default: {
      // A type this page does not know yet (a newer API): its name, in words.
      const type: string = (event as { type: string }).type;
      return `${who}: ${type.replace(/[._]/g, " ")}`;
    }
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "proposal “Pilot in March”" (older events carry no title: "a proposal"). */
function proposalRef(title: string | undefined): string {
  const shown = line(title);
  return shown ? `proposal “${shown}”` : "a proposal";
}

const roleWord = (role: Role | null) =>
  role === "owner" ? "an owner" : role === "observer" ? "an observer" : `a ${role ?? "member"}`;

/** What a closed proposal came to, in words: "consented", "Support chosen", "a tie: A or B". */
function proposalResult(data: ClosedProposal): string | null {
  const winners = data.winners ?? [];
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
