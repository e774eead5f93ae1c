// The API's input schemas, for the web's forms (`@steelman/api/schemas`):
// limits and messages come from here, never retyped in the browser.
// Only zod and pure constants may be imported from this folder.
export * from "./account-schemas.ts";
export * from "./claim-schemas.ts";
export * from "./debate-schemas.ts";
export * from "./decision-schemas.ts";
export * from "./field-errors.ts";
export * from "./human-messages.ts";
export * from "./idempotency-key.ts";
export * from "./integration-schemas.ts";
export * from "./invitation-schemas.ts";
export * from "./proposal-schemas.ts";
export * from "./workspace-schemas.ts";
