// A proposal's stored tally as Markdown tables a person can read: one per
// voting method, options by their labels, winners marked, turnout below.
// The tally is stored JSON, so it is read defensively: an unknown shape is
// shown as a sentence, never as raw JSON.
import { z } from "zod";

const counts = z.record(z.string(), z.number());
const turnout = {
  ballots: z.number().optional(),
  eligible: z.number().optional(),
  quorumMet: z.boolean().optional(),
};
const winners = z.array(z.string());
const storedTally = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("consent"),
    counts,
    blocksStanding: z.number(),
    blocksAnswered: z.number(),
    outcome: z.string(),
    ...turnout,
  }),
  z.object({
    method: z.literal("single_choice"),
    counts,
    winners,
    outcome: z.string(),
    ...turnout,
  }),
  z.object({
    method: z.literal("ranked_choice"),
    rounds: z.array(
      z.object({
        round: z.number(),
        counts,
        exhausted: z.number(),
        eliminated: z.array(z.string()),
      }),
    ),
    winners,
    outcome: z.string(),
    ...turnout,
  }),
  z.object({
    method: z.literal("score"),
    options: z.record(
      z.string(),
      z.object({ mean: z.number(), spread: z.number(), count: z.number() }),
    ),
    winners,
    outcome: z.string(),
    ...turnout,
  }),
  z.object({ method: z.literal("dot"), totals: counts, winners, outcome: z.string(), ...turnout }),
]);
const storedOptions = z.array(z.object({ id: z.string(), label: z.string() }));

const cell = (text: string) => text.replace(/\s+/g, " ").replaceAll("|", "\\|").trim();
const row = (cells: readonly (string | number)[]) =>
  `| ${cells.map((c) => cell(String(c))).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (string | number)[][]) => [
  row(head),
  row(head.map(() => "---")),
  ...rows.map(row),
];
const round2 = (n: number) => (Math.round(n * 100) / 100).toString();

const OUTCOMES: Record<string, string> = {
  consented: "Consented",
  blocked: "Blocked",
  decided: "Decided",
  tie: "Tie",
  no_votes: "No votes",
  no_quorum: "No quorum",
};

export function formatTallyMarkdown(tally: unknown, options: unknown): string[] {
  const parsed = storedTally.safeParse(tally);
  if (!parsed.success) return ["The tally was stored in a shape this version cannot show."];
  const t = parsed.data;
  const labels = new Map((storedOptions.safeParse(options).data ?? []).map((o) => [o.id, o.label]));
  const name = (id: string) => labels.get(id) ?? id;
  const mark = (id: string) =>
    t.method !== "consent" && t.winners.includes(id) ? `**${name(id)}** (winner)` : name(id);
  const body = (() => {
    switch (t.method) {
      case "consent":
        return [
          ...table(
            ["Response", "Votes"],
            Object.entries(t.counts).map(([choice, n]) => [choice, n]),
          ),
          "",
          `Blocks still standing: ${t.blocksStanding}; blocks answered: ${t.blocksAnswered}.`,
        ];
      case "single_choice":
        return table(
          ["Option", "Votes"],
          Object.entries(t.counts).map(([id, n]) => [mark(id), n]),
        );
      case "dot":
        return table(
          ["Option", "Dots"],
          Object.entries(t.totals).map(([id, n]) => [mark(id), n]),
        );
      case "score":
        return table(
          ["Option", "Mean score", "Spread", "Scores"],
          Object.entries(t.options).map(([id, s]) => [
            mark(id),
            round2(s.mean),
            round2(s.spread),
            s.count,
          ]),
        );
      case "ranked_choice": {
        const ids = Object.keys(t.rounds[0]?.counts ?? {});
        return [
          ...table(
            ["Option", ...t.rounds.map((r) => `Round ${r.round}`)],
            [
              ...ids.map((id) => [mark(id), ...t.rounds.map((r) => r.counts[id] ?? "—")]),
              ["Exhausted", ...t.rounds.map((r) => r.exhausted)],
            ],
          ),
          ...t.rounds
            .filter((r) => r.eliminated.length > 0)
            .map((r) => `- Round ${r.round}: eliminated ${r.eliminated.map(name).join(", ")}`),
        ];
      }
    }
  })();
  const quorum =
    t.quorumMet === undefined ? "" : t.quorumMet ? " (quorum met)" : " (quorum not met)";
  return [
    ...body,
    "",
    `Outcome: ${OUTCOMES[t.outcome] ?? t.outcome}.`,
    ...(t.ballots !== undefined && t.eligible !== undefined
      ? [`Ballots: ${t.ballots} of ${t.eligible} eligible${quorum}.`]
      : []),
  ];
}
