// The decision snapshot rule: every objection unanswered at the moment of
// recording needs a disposition, and only those. Pure.
import { DomainError } from "../domain-error.ts";

export type { Disposition } from "../vocabulary.ts";

export function assertDispositionsCoverOpenObjections(
  open: readonly { id: string; number: number }[],
  dispositions: readonly { claimId: string }[],
  numberOf: (claimId: string) => number | undefined,
): void {
  const given = new Set(dispositions.map((d) => d.claimId));
  if (given.size !== dispositions.length) {
    throw new DomainError("BAD_REQUEST", "Give each objection one disposition.");
  }
  const missing = open.filter((o) => !given.has(o.id));
  if (missing.length > 0) {
    const list = missing.map((o) => `#${o.number}`).join(", ");
    throw new DomainError(
      "BAD_REQUEST",
      `Objection${missing.length > 1 ? "s" : ""} ${list} ${missing.length > 1 ? "are" : "is"} unanswered: give ${missing.length > 1 ? "each" : "it"} a disposition (accepted risk, will monitor, out of scope) before saving.`,
    );
  }
  const openIds = new Set(open.map((o) => o.id));
  const extra = dispositions.filter((d) => !openIds.has(d.claimId));
  if (extra.length > 0) {
    const list = extra.map((d) => `#${numberOf(d.claimId) ?? "?"}`).join(", ");
    throw new DomainError(
      "CONFLICT",
      `${list} ${extra.length > 1 ? "are" : "is"} no longer an unanswered objection; review the list and save again.`,
    );
  }
}
