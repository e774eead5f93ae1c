// Validation problems a schema has no message for read as sentences naming
// the field, never zod's defaults.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldLabel, installHumanValidationMessages } from "./human-messages.ts";

installHumanValidationMessages();

function firstMessage(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation failure");
  return result.error.issues[0]?.message ?? "";
}

describe("human validation messages", () => {
  it("names the field and the limit of a too-long string", () => {
    const schema = z.object({ token: z.string().max(100) });
    expect(firstMessage(schema, { token: "x".repeat(300) })).toBe(
      "The invitation link is too long: keep it to 100 characters or fewer.",
    );
  });

  it("says a required text is empty or missing", () => {
    const schema = z.object({ displayName: z.string().min(1) });
    expect(firstMessage(schema, { displayName: "" })).toBe("Your name cannot be empty.");
    expect(firstMessage(schema, {})).toBe("Your name is missing.");
  });

  it("words an unknown key from its name, and covers arrays, numbers and choices", () => {
    const schema = z.object({
      reviewNotes: z.array(z.string()).max(2),
      impact: z.number().max(4),
      method: z.enum(["a", "b"]),
      ownerId: z.uuid(),
    });
    const bad = { reviewNotes: ["a", "b", "c"], impact: 9, method: "c", ownerId: "x" };
    const messages = schema.safeParse(bad).error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      "The review notes has too many entries: at most 2.",
      "The impact must be at most 4.",
      "The method is not one of the choices offered.",
      "The owner id is not in the expected format.",
    ]);
  });

  it("keeps a schema's own message", () => {
    const schema = z.object({ body: z.string().max(3, "Keep it short.") });
    expect(firstMessage(schema, { body: "long" })).toBe("Keep it short.");
  });

  it("labels nested paths by their last named key", () => {
    expect(fieldLabel(["dispositions", 2, "note"])).toBe("The note");
    expect(fieldLabel([])).toBe("This value");
  });
});
