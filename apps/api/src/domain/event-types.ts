// Every kind of event the product records, and the data each carries: one
// definition, used by recordEvent (a wrong shape does not compile) and by the
// web's activity sentences (through `@steelman/api/events`), which read the
// data by type instead of by bare strings. Types only: nothing here runs.
// Fields marked optional are missing from rows written by older versions.
import type { Resolution } from "./argument/types.ts";
import type { ClaimKind, Phase, Role } from "./vocabulary.ts";
import type { ChoiceOutcome } from "./voting/tally.ts";
import type { ProposalMethod } from "./voting/types.ts";

type ClaimNumber = { number: number };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type NoData = Record<string, never>;

export type EventDataByType = {
  "workspace.created": { name: string };
  "workspace.imported": { fromSlug: string; exportedAt: string; formatVersion: number };
  "workspace.renamed": { before: string; after: string };
  "member.joined": { role: Role; invitationId: string };
  "member.role_changed": { before: Role; after: Role | null };
  "member.left": { before: Role; after: Role | null };
  "member.removed": { before: Role; after: Role | null };
  "invitation.created": { role: Role };
  "invitation.revoked": NoData;
  "debate.created": { question: string };
  "debate.updated": { before: Record<string, JsonValue>; after: Record<string, JsonValue> };
  "debate.archived": NoData;
  "debate.unarchived": NoData;
  "debate.imported": { question: string; claimCount: number; fileName: string | null };
  "debate.phase_changed": { before: Phase; after: Phase; endsAt: string | null };
  "claim.posted": {
    number: number;
    kind: ClaimKind;
    targetId: string | null;
    body: string;
    /** The objection a consent ballot's block is argued in. */
    block?: true;
    /** Members its text mentions ("@Name"), who are told. */
    mentionedIds?: string[];
  };
  "claim.edited": ClaimNumber & {
    before: string;
    after: string;
    revision: number;
    /** Members the edit newly mentions, who are told. */
    mentionedIds?: string[];
  };
  "claim.withdrawn": ClaimNumber;
  "claim.hidden": ClaimNumber;
  "claim.restored": ClaimNumber;
  "claim.merged": ClaimNumber & { keptId: string; keptNumber: number };
  "claim.linked": { fromId: string; toId: string };
  "claim.unlinked": { fromId: string; toId: string };
  "objection.resolved": ClaimNumber & { kind: Resolution; note: string };
  "objection.reopened": ClaimNumber;
  "objection.parked": { number: number | null; reason: string };
  "objection.unparked": ClaimNumber;
  "thread.locked": ClaimNumber;
  "thread.unlocked": ClaimNumber;
  "vote.cast": ClaimNumber;
  "vote.removed": { number: number | null };
  "ballot.cast": { method: ProposalMethod; title?: string; blockObjectionId?: string };
  "proposal.opened": {
    title: string;
    method: ProposalMethod;
    closesAt: string;
    guestsMayVote: boolean;
  };
  /** Written by the scheduler a day before a proposal closes (no actor). */
  "proposal.closing_soon": { title: string; closesAt: string };
  "proposal.closed": {
    reason: "deadline" | "early";
    outcome: ChoiceOutcome | "consented" | "blocked";
    title?: string;
    winners?: string[];
  };
  "decision.recorded": { outcome: string; version: number; openObjections: number };
  "decision.amended": { outcome: string; version: number; openObjections: number };
  /** Written by the scheduler when a decision's review date arrives (no actor). */
  "decision.review_due": { outcome: string; reviewBy: string };
  "guest.joined": { displayName: string; role: Role };
  "guest.removed": { displayName: string | null };
  "join_code.opened": { role: Role; maxGuests: number | null };
  "join_code.renewed": { role: Role; maxGuests: number | null };
  "join_code.limited": { maxGuests: number | null };
  "join_code.closed": NoData;
};

export type EventType = keyof EventDataByType;

/** A recorded event's type with its data, narrowed together by a `switch` on `type`. */
export type TypedEvent = { [T in EventType]: { type: T; data: EventDataByType[T] } }[EventType];

/** An event of one of the given types (for a function that records a few). */
export type TypedEventOf<T extends EventType> = Extract<TypedEvent, { type: T }>;

/** Text and names a reader may not see are sent as null (realtime/event-row.ts). */
type Redactable = "body" | "before" | "after" | "displayName";
type AsShown<D> = { [K in keyof D]: K extends Redactable ? D[K] | null : D[K] };

/** An event as a reader receives it: the same union, with redactable fields nullable. */
export type ShownEvent = {
  [T in EventType]: { type: T; data: AsShown<EventDataByType[T]> };
}[EventType];
