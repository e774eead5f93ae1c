// The JSON columns of proposals and decisions (options, ballots, kept tallies)
// read into the domain's types in one place, so nothing past the services,
// the web included, keeps a mirror of their shapes or casts them.
import { z } from "zod";
import type { TallyWithTurnout } from "../../domain/voting/count-votes.ts";
import type { TallyApart } from "../../domain/voting/tally-apart.ts";
import type { Ballot, ProposalMethod, ProposalOption } from "../../domain/voting/types.ts";

const METHODS: readonly ProposalMethod[] = [
  "consent",
  "single_choice",
  "ranked_choice",
  "score",
  "dot",
];

/**
 * A tally as kept at closing (and copied into decisions). Results kept before
 * members' and guests' ballots were counted apart lack those three fields.
 */
export type StoredTally = TallyWithTurnout &
  Partial<Pick<TallyApart, "decidedBy" | "members" | "guests">>;

const optionList = z.array(z.object({ id: z.string(), label: z.string() }));

/** A proposal's options; an unreadable value reads as none. */
export function readOptions(value: unknown): ProposalOption[] {
  const parsed = optionList.safeParse(value);
  return parsed.success ? parsed.data : [];
}

const hasMethod = (value: unknown): value is { method: ProposalMethod } =>
  typeof value === "object" &&
  value !== null &&
  "method" in value &&
  METHODS.includes((value as { method: ProposalMethod }).method);

/**
 * A kept tally. Only the counting code (domain/voting) writes it, whole, in
 * the transaction that closes the proposal; its method names its shape.
 */
export function readTally(value: unknown): StoredTally | null {
  return hasMethod(value) ? (value as StoredTally) : null;
}

/** A stored ballot: written by castBallot from a validated ballot of its method. */
export function readBallot(value: unknown): Ballot | null {
  return hasMethod(value) ? (value as Ballot) : null;
}
