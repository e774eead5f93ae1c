// The words of the demo's second debate: a team taking the essay's warnings
// into an actual plan. Our own words; the essay's phrases are marked.
export const ADA = "ada@demo.steelman.test";
export const BEN = "ben@demo.steelman.test";
export const CHLOE = "chloe@demo.steelman.test";
export const DEV = "dev@demo.steelman.test";
export const ELI = "eli@demo.steelman.test";

export const PILOT_DEBATE = {
  question: "How do we start a learning loop of our own without mining our own people?",
  description:
    "The essay debate left us wary of the pitch but curious. This debate turns it into a plan: " +
    "which team tries a loop first, on what data, and with whose consent.",
};

export const PILOT_CLAIMS = {
  narrowPilot:
    "Pilot a narrow loop on support tickets only, and only with the opt-in consent of every agent whose replies train it.",
  ticketsExist:
    "Support replies are already written down and reviewed, so the traces exist without watching anyone work.",
  laundering:
    "A loop trained on last year's replies repeats last year's mistakes with more confidence: " +
    "\"yesterday's judgment laundered into tomorrow's ground truth\", as the essay puts it.",
  humanReview:
    "Every suggested reply keeps a human reviewer, and we chart how often they disagree: drift shows up as a number, not a surprise.",
  portabilityFirst:
    "Build no loop yet: spend the quarter on portability, with open-weight models and an export of our own data we can check.",
  unverifiable:
    "Nobody can verify portability today; a quarter spent on it buys a promise no vendor keeps.",
  reviewedForTone:
    "Tickets are reviewed for tone, not for correctness: the written record keeps the wrong answers as faithfully as the right ones.",
};

export const PARK_REASON =
  "Portability belongs to the architecture review in April, not to this pilot; we will come back to it there.";

export const RANKED_PROPOSAL = {
  title: "Which team pilots first?",
  description: "Rank the teams; the count runs instant runoff until one has a majority.",
  options: ["Support", "Sales", "Engineering"],
};

export const CONSENT_PROPOSAL = {
  title: "Pilot in March",
  description:
    "The support team runs the loop from March 1 for eight weeks, opt-in only, with a human reviewer on every suggested reply.",
  block:
    "Agents were never asked: the opt-in form does not exist yet, so nobody has consented to anything.",
  blockAnswer:
    "The opt-in form is drafted and goes out in February; no agent's replies train the loop until they sign it.",
};

export const FIRST_DECISION = {
  outcome: "The support team pilots first, starting in February.",
  rationale:
    "Support won the ranked vote after Engineering was eliminated, and its tickets are the only traces we already keep.",
};

export const SECOND_DECISION = {
  outcome: "Pilot in March with the support team, opt-in only.",
  rationale:
    "The block was answered: the opt-in form goes out first. March leaves time for it; the February start is replaced.",
};

export const DISPOSITION_NOTE =
  "Outside this pilot's scope; the architecture review in April takes it up.";
