// Asking a domain rule a yes/no question. Pure.
import { DomainError } from "../domain-error.ts";

/** True when the rule lets it pass; a rule's refusal means "no", anything else is a bug. */
export function allows(rule: () => void): boolean {
  try {
    rule();
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
