import { createDebateFields, createWorkspaceFields } from "@steelman/api/schemas";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { checkFields, formLevelMessage, serverFieldErrors } from "./field-errors";

const key = "0b1c5f7e-3c2a-4d6b-9a8e-1f2d3c4b5a69";

describe("checkFields", () => {
  it("passes input the API's schema accepts", () => {
    expect(checkFields(createWorkspaceFields, { name: "Team", idempotencyKey: key })).toBeNull();
  });

  it("names each refused field with the schema's own sentence", () => {
    expect(
      checkFields(createDebateFields, { question: "x".repeat(301), idempotencyKey: key }),
    ).toEqual({ question: "Keep the question under 300 characters." });
  });

  it("uses a human sentence where the schema has none, never zod's wording", () => {
    const errors = checkFields(createDebateFields, { question: "Why?", anonymous: "yes" });
    expect(errors?.anonymous).toBe("The anonymous is not valid.");
    expect(Object.values(errors ?? {}).join(" ")).not.toMatch(/expected|Invalid input/);
  });
});

describe("serverFieldErrors", () => {
  it("reads fieldErrors from a refused request, and nothing from other failures", () => {
    const refused = new TRPCClientError("Keep it short.", {
      result: {
        error: { message: "Keep it short.", data: { fieldErrors: { name: "Keep it short." } } },
      },
    } as never);
    expect(serverFieldErrors(refused)).toEqual({ name: "Keep it short." });
    expect(serverFieldErrors(new Error("offline"))).toEqual({});
  });
});

describe("formLevelMessage", () => {
  it("says nothing more when every refused field is on screen", () => {
    expect(formLevelMessage(null, { name: "Too long." }, ["name"])).toBeNull();
  });

  it("repeats a refusal of a field the form does not show", () => {
    expect(formLevelMessage(null, { idempotencyKey: "Reload." }, ["name"])).toBe("Reload.");
  });

  it("shows a failure that names no field", () => {
    expect(formLevelMessage(new Error("Name taken."), {}, ["name"])).toBe("Name taken.");
  });
});
