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
  recordedBy: { displayName: string };
  proposal: { title: string; method: string; options: unknown } | null;
  tally: unknown;
  premises: { number: number; body: string; labelAtDecision: string; labelNow: string | null }[];
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

export function formatDecisionMarkdown(d: DecisionForMarkdown): string {
  const lines = [
    `# Decision: ${oneLine(d.outcome)}`,
    "",
    `- Status: ${d.status.replaceAll("_", " ")}${d.version > 1 ? ` (version ${d.version})` : ""}`,
    `- Decided: ${day(d.recordedAt)} by ${d.recordedBy.displayName}`,
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
          ...d.premises.map(
            (p) =>
              `- #${p.number} ${oneLine(p.body)} (${p.labelAtDecision === "in" ? "stood" : p.labelAtDecision} when decided${p.labelNow !== p.labelAtDecision ? `; now ${p.labelNow === "in" ? "stands" : (p.labelNow ?? "gone")}` : ""})`,
          ),
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
      ? `Proposal: ${oneLine(d.proposal.title)} (${d.proposal.method.replaceAll("_", " ")})`
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
