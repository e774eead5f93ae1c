// One decision with its versions, premises (then and now), the objections
// open when it was taken, and its supersede links. People appear as the
// presenter shows them; a guest, who reads only their debate, does not get
// the outcome of linked decisions in other debates.
import type { Db } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { decisionStatus } from "../../domain/decision/decision-status.ts";
import { comparePremiseText } from "../../domain/decision/premise-text.ts";
import { debatePersonViewer, personPresenter } from "../../domain/people/present-person.ts";
import { hasAtLeastRole } from "../../domain/roles.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import type { ObjectionGroupSplit } from "../opinion-groups/objection-group-splits.ts";
import { readOptions, readTally } from "../proposals/proposal-json.ts";
import { currentLabels, isPremiseContested } from "./decision-drift.ts";

const person = { select: { id: true, displayName: true } } as const;

export const decisionDetailSelect = {
  id: true,
  workspaceId: true,
  debateId: true,
  seriesId: true,
  version: true,
  outcome: true,
  rationale: true,
  proposalId: true,
  tally: true,
  reviewBy: true,
  supersedesSeriesId: true,
  recordedAt: true,
  proposalTitleAtDecision: true,
  proposalTextAtDecision: true,
  owner: person,
  recordedBy: person,
  debate: { select: { question: true, hideTallies: true, guestsSeeGroups: true } },
  proposal: { select: { id: true, title: true, method: true, options: true } },
  premises: {
    select: {
      claimId: true,
      labelAtDecision: true,
      textAtDecision: true,
      claim: { select: { number: true, body: true, kind: true, moderation: true } },
    },
  },
  objections: {
    orderBy: { number: "asc" },
    select: {
      claimId: true,
      number: true,
      body: true,
      disposition: true,
      note: true,
      groupSplit: true,
    },
  },
} as const;

export async function readDecision(db: Db, access: DebateAccess, decisionId: string) {
  const decision = await db.decision.findUniqueOrThrow({
    where: { id: decisionId },
    select: decisionDetailSelect,
  });
  const linked = { id: true, debateId: true, outcome: true, recordedAt: true } as const;
  const [recordEvent, versions, supersededBy, supersedes, labels, membership] = await Promise.all([
    // The moment it was recorded: "the debate when this was decided" reads the debate as of it.
    db.event.findFirst({
      where: {
        debateId: access.debate.id,
        subjectId: decisionId,
        type: { in: ["decision.recorded", "decision.amended"] },
      },
      orderBy: { id: "asc" },
      select: { id: true },
    }),
    db.decision.findMany({
      where: { seriesId: decision.seriesId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, recordedAt: true, outcome: true },
    }),
    db.decision.findFirst({
      where: { supersedesSeriesId: decision.seriesId },
      orderBy: { recordedAt: "desc" },
      select: linked,
    }),
    decision.supersedesSeriesId
      ? db.decision.findFirst({
          where: { seriesId: decision.supersedesSeriesId },
          orderBy: { version: "desc" },
          select: linked,
        })
      : null,
    currentLabels(db, [decision.debateId]),
    db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: decision.workspaceId, userId: access.userId } },
      select: { role: true },
    }),
  ]);
  // Members read the whole workspace; a guest only their own debate.
  const readable = <L extends { debateId: string }>(link: L | null) =>
    link && (membership !== null || link.debateId === decision.debateId) ? link : null;
  const seesHiddenText = hasAtLeastRole(access.role, "facilitator");
  const premises = decision.premises.map((p) => ({
    claimId: p.claimId,
    number: p.claim.number,
    kind: p.claim.kind,
    ...comparePremiseText(
      {
        textAtDecision: p.textAtDecision,
        bodyNow: p.claim.body,
        moderationNow: p.claim.moderation,
      },
      seesHiddenText,
    ),
    labelAtDecision: p.labelAtDecision,
    labelNow: labels.get(p.claimId) ?? null,
  }));
  const latestVersion = versions[0]?.version ?? decision.version;
  const premiseContested = isPremiseContested(decision.premises, labels);
  // A decision's owner and recorder answer for it: accountable roles, not
  // authors of the argument, so they are named even in an anonymous debate.
  const person = personPresenter({ ...debatePersonViewer(access), anonymous: false });
  const {
    proposalTitleAtDecision,
    proposalTextAtDecision,
    premises: _premises,
    debate: { hideTallies, guestsSeeGroups, ...debate },
    objections: objectionsAtDecision,
    ...rest
  } = decision;
  // The groups' split follows the same rules as the groups page: hidden with the tallies, and from guests unless allowed.
  const seesGroups =
    canSeeTallies(access.role, { hideTallies, phase: access.debate.phase }) &&
    (!access.guest || guestsSeeGroups);
  const objections = objectionsAtDecision.map(({ groupSplit, ...objection }) => ({
    ...objection,
    groupSplit: seesGroups ? (groupSplit as ObjectionGroupSplit | null) : null,
  }));
  return {
    ...rest,
    tally: readTally(rest.tally),
    proposal: rest.proposal && { ...rest.proposal, options: readOptions(rest.proposal.options) },
    debate,
    objections,
    owner: person(decision.owner),
    recordedBy: person(decision.recordedBy),
    proposalAtDecision:
      proposalTitleAtDecision === null || proposalTextAtDecision === null
        ? null
        : { title: proposalTitleAtDecision, text: proposalTextAtDecision },
    premises,
    versions,
    isLatestVersion: decision.version === latestVersion,
    /** The event that recorded this version (null for records older than the event log). */
    recordedEventId: recordEvent?.id.toString() ?? null,
    supersededBy: readable(supersededBy),
    supersedes: readable(supersedes),
    premiseContested,
    status: decisionStatus(
      { superseded: supersededBy !== null, premiseContested, reviewBy: decision.reviewBy },
      new Date(),
    ),
  };
}

export type DecisionDetail = Awaited<ReturnType<typeof readDecision>>;
