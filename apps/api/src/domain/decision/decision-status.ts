// A decision's standing in the log. Pure.
export type DecisionStatus = "active" | "due_for_review" | "contested" | "superseded";

export type DecisionFacts = {
  superseded: boolean;
  /** Some claim it rested on no longer stands (its label left `in`). */
  premiseContested: boolean;
  reviewBy: Date | null;
};

/** Superseded wins; a contested premise is more urgent than a due date. */
export function decisionStatus(facts: DecisionFacts, now: Date): DecisionStatus {
  if (facts.superseded) return "superseded";
  if (facts.premiseContested) return "contested";
  if (facts.reviewBy && facts.reviewBy <= now) return "due_for_review";
  return "active";
}
