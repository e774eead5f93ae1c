import {
  type DecisionDetail,
  type Disposition,
  inputFromDate,
  type Preparation,
} from "./decision-words";

export type DispositionDraft = { disposition: Disposition | null; note: string };

/** The decision being written; form values as text until saved. */
export type DecisionDraft = {
  outcome: string;
  rationale: string;
  /** "" when the decision comes from no proposal. */
  proposalId: string;
  premiseClaimIds: string[];
  ownerId: string;
  /** "2027-03-01", or "" for no review date. */
  reviewBy: string;
  dispositions: Record<string, DispositionDraft>;
};

/** Where the form stands: the details, one open objection (by claim), or the final review. */
export type Step =
  | { kind: "details" }
  | { kind: "objection"; claimId: string }
  | { kind: "review" };

/** A blank draft, or one carried over from the decision being amended. */
export function initialDraft(
  preparation: Preparation,
  userId: string,
  amended: DecisionDetail | null,
): DecisionDraft {
  const owners = preparation.possibleOwners.map((owner) => owner.id);
  const defaultOwner = owners.includes(userId) ? userId : (owners[0] ?? "");
  if (!amended) {
    return {
      outcome: "",
      rationale: "",
      proposalId: "",
      premiseClaimIds: [],
      ownerId: defaultOwner,
      reviewBy: "",
      dispositions: {},
    };
  }
  const open = new Set(preparation.openObjections.map((o) => o.id));
  return {
    outcome: amended.outcome,
    rationale: amended.rationale,
    proposalId: amended.proposalId ?? "",
    premiseClaimIds: amended.premises.map((p) => p.claimId),
    ownerId: amended.owner?.id ?? defaultOwner,
    reviewBy: inputFromDate(amended.reviewBy),
    dispositions: Object.fromEntries(
      amended.objections
        .filter((o) => open.has(o.claimId))
        .map((o) => [o.claimId, { disposition: o.disposition, note: o.note }]),
    ),
  };
}

/** The open objections still waiting for a disposition, in the order they are walked. */
export function undisposed(preparation: Preparation, draft: DecisionDraft) {
  return preparation.openObjections.filter((o) => !draft.dispositions[o.id]?.disposition);
}
