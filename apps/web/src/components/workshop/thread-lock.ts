import type { Claim } from "@/lib/debate";

/**
 * Whether a claim, or any claim above it in the outline, is locked: the
 * server then refuses replies beneath it (from anyone, facilitators included).
 */
export function isInLockedThread(claim: Claim, claimById: ReadonlyMap<string, Claim>): boolean {
  const seen = new Set<string>();
  let current: Claim | undefined = claim;
  while (current && !seen.has(current.id)) {
    if (current.lockedAt) return true;
    seen.add(current.id);
    current = current.targetId ? claimById.get(current.targetId) : undefined;
  }
  return false;
}
