// Where a notification leads in the web app: the claim in its debate's
// outline ("#claim-12"), the debate's decide page for a proposal, or the
// decision's own page.
export type LinkFacts = {
  kind: string;
  workspaceSlug: string;
  debateId: string | null;
  concernsId: string | null;
  /** The number of the claim it concerns, for claim notifications. */
  claimNumber: number | null;
};

export function notificationPath(facts: LinkFacts): string {
  const workspace = `/w/${encodeURIComponent(facts.workspaceSlug)}`;
  if (facts.kind.startsWith("decision_") && facts.concernsId) {
    return `${workspace}/decisions/${facts.concernsId}`;
  }
  if (!facts.debateId) return workspace;
  const debate = `${workspace}/d/${facts.debateId}`;
  if (facts.kind.startsWith("proposal_")) return `${debate}/decide`;
  return facts.claimNumber === null ? debate : `${debate}#claim-${facts.claimNumber}`;
}
