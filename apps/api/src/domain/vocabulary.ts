// The value lists the whole product shares, each written once: the API's
// types, its input schemas and the web (through `@steelman/api/vocabulary`)
// all take them from here, so adding a value is one edit the compiler then
// follows everywhere. They match the Prisma enums of the same names.

/** What a claim is stored as (see argument/types.ts for what each means). */
export const CLAIM_KINDS = ["position", "proposal", "support", "objection"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A debate's phases, in the order a workshop moves through them. */
export const PHASES = ["draft", "open", "rebuttal", "voting", "decided", "archived"] as const;
export type Phase = (typeof PHASES)[number];

/** Workspace roles, from most to least trusted. */
export const ROLES = ["owner", "facilitator", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

/** How a decision disposes of an objection still unanswered when it is taken. */
export const DISPOSITIONS = ["accepted_risk", "will_monitor", "out_of_scope"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** A person's agreement with a claim. */
export const AGREEMENTS = ["agree", "unsure", "disagree"] as const;
export type Agreement = (typeof AGREEMENTS)[number];

/** A consent ballot's choices. */
export const CONSENT_CHOICES = ["agree", "abstain", "disagree", "block"] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];
