import type { Role, RouterOutputs } from "./trpc";

export type DebateView = RouterOutputs["debate"]["get"];
export type Claim = DebateView["claims"][number];
/** Display names by person id: each person is sent once per read, claims carry the id. */
export type People = DebateView["people"];
export type ClaimStatus = NonNullable<Claim["status"]>;
export type DebatePhase = DebateView["debate"]["phase"];
export type DebateSummary = RouterOutputs["debate"]["list"][number];
export type Explanation = RouterOutputs["claim"]["explain"];
export type ResolutionKind = NonNullable<Claim["resolution"]>["kind"];

const KIND_LABELS: Record<Claim["kind"], string> = {
  position: "Position",
  proposal: "Proposal",
  support: "Support",
  objection: "Objection",
};

/** The word the interface uses for a claim: the server says whether an objection is a rebuttal. */
export function kindLabel(claim: Pick<Claim, "kind" | "isRebuttal">): string {
  return claim.kind === "objection" && claim.isRebuttal ? "Rebuttal" : KIND_LABELS[claim.kind];
}

/**
 * What a new claim of `kind` aimed at `target` will be called (DESIGN.md, "Sides"): an objection
 * on the against side aimed at a position, a proposal or a support is an objection; any other
 * objection is a rebuttal.
 */
export function replyWord(
  kind: "support" | "objection",
  target: Pick<Claim, "kind" | "side">,
): string {
  if (kind === "support") return "support";
  return target.side !== "against" && target.kind !== "objection" ? "objection" : "rebuttal";
}

export const PHASE_LABELS: Record<DebatePhase, string> = {
  draft: "Draft",
  open: "Open",
  rebuttal: "Rebuttal",
  voting: "Voting",
  decided: "Decided",
  archived: "Archived",
};

export const RESOLUTION_LABELS: Record<ResolutionKind, string> = {
  conceded: "Conceded",
  out_of_scope: "Out of scope",
  duplicate: "Duplicate",
};

export function isFacilitator(role: Role) {
  return role === "facilitator" || role === "owner";
}

/** "1 claim", "3 unanswered objections". */
export function countLabel(count: number, singular: string, plural = `${singular}s`) {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The first words of a claim, for lists and dialogs. */
export function excerpt(text: string, max = 120) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  const words = cut.slice(0, lastSpace > max * 0.6 ? lastSpace : max);
  return `${words.replace(/[\s.,;:!?…-]+$/, "")}…`;
}
