// Whether a person may see claim-vote tallies. With `hideTallies`, tallies
// stay hidden from participants until the debate has left its voting phase,
// so early numbers do not anchor later votes; facilitators always see them.
import { hasAtLeastRole, type Role } from "../roles.ts";
import type { Phase } from "../vocabulary.ts";

export function canSeeTallies(role: Role, debate: { hideTallies: boolean; phase: Phase }): boolean {
  if (!debate.hideTallies || hasAtLeastRole(role, "facilitator")) return true;
  return debate.phase === "decided" || debate.phase === "archived";
}
