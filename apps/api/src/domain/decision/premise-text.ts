// A premise as the decision recorded it and as it reads now. The record keeps
// the words it rested on; a later edit, hide, merge or withdrawal shows as
// "changed since the decision" next to them, never in their place. Pure.

export type PremiseTextFacts = {
  textAtDecision: string;
  bodyNow: string;
  moderationNow: "visible" | "hidden" | "withdrawn" | "merged";
};

export type PremiseText = {
  textAtDecision: string;
  /** The text now; null when it is hidden from this reader. */
  textNow: string | null;
  moderationNow: PremiseTextFacts["moderationNow"];
  changedSinceDecision: boolean;
};

export function comparePremiseText(facts: PremiseTextFacts, seesHiddenText: boolean): PremiseText {
  const hidden = facts.moderationNow === "hidden" && !seesHiddenText;
  return {
    textAtDecision: facts.textAtDecision,
    textNow: hidden ? null : facts.bodyNow,
    moderationNow: facts.moderationNow,
    changedSinceDecision:
      facts.moderationNow !== "visible" || facts.bodyNow !== facts.textAtDecision,
  };
}
