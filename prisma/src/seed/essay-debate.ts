// The demo debate, built from ../shared/essay.txt (a critique of the "own
// your learning loop" pitch), in our own words. Some objections are left
// unanswered on purpose so the Unanswered panel has real content.
export type SeedClaim = {
  key: string;
  kind: "position" | "support" | "objection";
  target: string | null;
  author: string;
  body: string;
};

export const ESSAY_DEBATE = {
  question: "Should every firm build and own its own learning loop?",
  description:
    "The pitch: frontier models are commoditizing everyone's expertise, so each firm must capture its people's " +
    "tacit judgment, train on its own traces, and own the resulting system. The critique (the essay this demo " +
    "is built from) argues that the pitch prescribes inside the firm the very extraction it condemns between " +
    "the labs and everyone else.",
};

const ADA = "ada@demo.steelman.test";
const BEN = "ben@demo.steelman.test";
const CHLOE = "chloe@demo.steelman.test";
const DEV = "dev@demo.steelman.test";
const ELI = "eli@demo.steelman.test";

export const ESSAY_CLAIMS: SeedClaim[] = [
  {
    key: "pitch",
    kind: "position",
    target: null,
    author: DEV,
    body: "Yes. Every firm must build its own learning loop: capture its people's tacit judgment, train on real internal traces, and own the system so the model underneath can be swapped at will.",
  },
  {
    key: "commoditized",
    kind: "support",
    target: "pitch",
    author: DEV,
    body: "A few frontier models are absorbing everyone's expertise and selling it back as a commodity; a firm without its own loop ends up renting its own know-how.",
  },
  {
    key: "capture",
    kind: "support",
    target: "pitch",
    author: CHLOE,
    body: "Capturing tacit judgment and training on internal traces turns the 'company veteran' into an asset the firm owns and can build on.",
  },
  {
    key: "offload",
    kind: "support",
    target: "pitch",
    author: DEV,
    body: "You can offload a task, but never your learning: the loop is how a firm keeps learning while models change underneath it.",
  },
  {
    key: "human-capital",
    kind: "support",
    target: "pitch",
    author: CHLOE,
    body: "Human capital only becomes more valuable once the loop is in place.",
  },
  {
    key: "equilibrium",
    kind: "support",
    target: "pitch",
    author: DEV,
    body: "The outcome is a stable equilibrium: many firms, each compounding its own advantage, instead of a few labs owning everything.",
  },
  {
    key: "first-movers",
    kind: "support",
    target: "pitch",
    author: CHLOE,
    body: "First movers win: the advantage compounds, so waiting is the costly choice.",
  },

  {
    key: "thesis",
    kind: "position",
    target: null,
    author: ELI,
    body: "No, not as pitched. The pitch prescribes inside the firm the same extraction it condemns between the labs and everyone else, and sells a concentration tool in anti-concentration language.",
  },
  {
    key: "counterforces",
    kind: "support",
    target: "thesis",
    author: ELI,
    body: "A genuinely distributed outcome needs forces that push against the loop: open weights, interoperability, regulation, and portability you can actually verify.",
  },

  {
    key: "pointed-inward",
    kind: "objection",
    target: "pitch",
    author: ELI,
    body: "It is the same extraction pointed inward: when a lab absorbs the web's expertise it is 'commoditization'; when the firm absorbs its engineers' judgment and books it as an asset the person doesn't own, it is called empowerment. Same move, different beneficiary.",
  },
  {
    key: "employment",
    kind: "objection",
    target: "pointed-inward",
    author: CHLOE,
    body: "Employees are paid for their judgment under contract; a firm keeping its own work product is not the same as a lab taking the open web without asking.",
  },
  {
    key: "never-consented",
    kind: "objection",
    target: "employment",
    author: BEN,
    body: "The salary pays for doing the work, not for training the system that replaces you; those contracts predate the loop, so nobody consented to this use.",
  },

  {
    key: "whose-learning",
    kind: "objection",
    target: "offload",
    author: ELI,
    body: "Whose learning? The loop exists to move the individual's learning into the firm's capital. The slogan comforts the asset owner, not the person being mined.",
  },

  {
    key: "asserted",
    kind: "objection",
    target: "human-capital",
    author: ADA,
    body: "Asserted, never argued, and against the mechanism: if the loop captures the veteran well enough to hot-swap the model beneath it, it captures them well enough to need them less. You cannot promise perfect encoding and permanent indispensability at once.",
  },
  {
    key: "frees-veterans",
    kind: "objection",
    target: "asserted",
    author: DEV,
    body: "Encoding the routine part of judgment frees veterans for the novel cases the loop has never seen, so their marginal value can rise even as the loop improves.",
  },

  {
    key: "divergent",
    kind: "objection",
    target: "equilibrium",
    author: ELI,
    body: "Cumulative advantage, hard-to-copy moats and first-mover lock-in are divergent dynamics: they concentrate. Calling the concentrating thing 'stable' is the tell.",
  },
  {
    key: "swappable",
    kind: "objection",
    target: "divergent",
    author: CHLOE,
    body: "If the model layer stays swappable, firms can change suppliers, which limits lock-in.",
  },
  {
    key: "moat-stays",
    kind: "objection",
    target: "swappable",
    author: ADA,
    body: "Swapping the model underneath does not make the firm's moat portable; the pitch's own promise is that the moat stays put.",
  },

  {
    key: "hill-climbing",
    kind: "objection",
    target: "first-movers",
    author: ADA,
    body: "The loop is a hill-climbing machine, and hill climbing gets stuck in local optima. Trained on its own traces it risks laundering yesterday's judgment into tomorrow's ground truth, and the better the moat, the harder it is to climb out of confident-but-wrong. Compounding is not monotonically good.",
  },

  {
    key: "borrowed-language",
    kind: "objection",
    target: "pitch",
    author: ELI,
    body: "It borrows anti-concentration moral language to sell a concentration tool, and never explains why extraction is villainous one layer up and virtuous one layer down.",
  },
  {
    key: "owning-ip",
    kind: "objection",
    target: "borrowed-language",
    author: DEV,
    body: "Firms owning their IP is ordinary, and the critique itself says it is not against that; the moral language is about the labs, not about firms.",
  },

  {
    key: "no-alternative",
    kind: "objection",
    target: "thesis",
    author: DEV,
    body: "The critique offers nothing a firm could actually do instead.",
  },
  {
    key: "names-alternatives",
    kind: "objection",
    target: "no-alternative",
    author: ELI,
    body: "It names them: open weights, interoperability, regulation and verifiable portability are things a firm can choose and lobby for.",
  },
];
