// A decision as Markdown a person can paste into a wiki: an ADR-like record.
import { formatTallyMarkdown } from "./tally-markdown.ts";

export type DecisionForMarkdown = {
  outcome: string;
  rationale: string;
  version: number;
  recordedAt: Date;
  reviewBy: Date | null;
  status: string;
  debate: { question: string };
  owner: { displayName: string } | null;
  recordedBy: { displayName: string } | null;
  proposal: { title: string; method: string; options: unknown } | null;
  proposalAtDecision: { title: string; text: string } | null;
  tally: unknown;
  premises: {
    number: number;
    textAtDecision: string;
    textNow: string | null;
    changedSinceDecision: boolean;
    labelAtDecision: string;
    labelNow: string | null;
  }[];
  objections: { number: number; body: string; disposition: string; note: string }[];
  supersedes: { outcome: string } | null;
  supersededBy: { outcome: string } | null;
};

const DISPOSITION: Record<string, string> = {
  accepted_risk: "Accepted risk",
  will_monitor: "Will monitor",
  out_of_scope: "Out of scope",
};

const day = (date: Date) => date.toISOString().slice(0, 10);
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

// Premises are positions and supports (the for side): an `out` one is challenged, never "answered".
const PREMISE_THEN: Record<string, string> = {
  in: "stood",
  out: "challenged",
  undecided: "undecided",
};
const PREMISE_NOW: Record<string, string> = {
  in: "stands",
  out: "challenged",
  undecided: "undecided",
};

export function formatDecisionMarkdown(d: DecisionForMarkdown): string {
  const lines = [
    `# Decision: ${oneLine(d.outcome)}`,
    "",
    `- Status: ${d.status.replaceAll("_", " ")}${d.version > 1 ? ` (version ${d.version})` : ""}`,
    `- Decided: ${day(d.recordedAt)}${d.recordedBy ? ` by ${d.recordedBy.displayName}` : ""}`,
    `- Owner: ${d.owner?.displayName ?? "—"}`,
    `- Review by: ${d.reviewBy ? day(d.reviewBy) : "—"}`,
    ...(d.supersedes ? [`- Supersedes: ${oneLine(d.supersedes.outcome)}`] : []),
    ...(d.supersededBy ? [`- Superseded by: ${oneLine(d.supersededBy.outcome)}`] : []),
    "",
    "## Context",
    "",
    `Debate: ${oneLine(d.debate.question)}`,
    "",
    ...(d.premises.length > 0
      ? [
          "Rests on:",
          "",
          ...d.premises.flatMap((p) => [
            `- #${p.number} ${oneLine(p.textAtDecision)} (${PREMISE_THEN[p.labelAtDecision] ?? p.labelAtDecision} when decided${p.labelNow !== p.labelAtDecision ? `; now ${p.labelNow === null ? "gone" : (PREMISE_NOW[p.labelNow] ?? p.labelNow)}` : ""})`,
            ...(p.changedSinceDecision
              ? [
                  `  - Changed since the decision; now: ${p.textNow === null ? "(hidden)" : oneLine(p.textNow)}`,
                ]
              : []),
          ]),
          "",
        ]
      : []),
    "## Decision",
    "",
    d.outcome.trim(),
    "",
    "## Rationale",
    "",
    d.rationale.trim() || "—",
    "",
    "## Tally",
    "",
    d.proposal
      ? `Proposal: ${oneLine(d.proposalAtDecision?.title ?? d.proposal.title)} (${d.proposal.method.replaceAll("_", " ")})`
      : "Recorded directly, without a proposal.",
    ...(d.tally ? ["", ...formatTallyMarkdown(d.tally, d.proposal?.options ?? [])] : []),
    "",
    "## Open objections at decision time",
    "",
    ...(d.objections.length > 0
      ? d.objections.map(
          (o) =>
            `- #${o.number} ${oneLine(o.body)} — **${DISPOSITION[o.disposition] ?? o.disposition}**${o.note ? `: ${oneLine(o.note)}` : ""}`,
        )
      : ["None: every objection had been answered."]),
    "",
  ];
  return lines.join("\n");
}
