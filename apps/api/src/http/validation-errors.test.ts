// Over real HTTP, a refused input answers with a human sentence and a
// `fieldErrors` record for forms — never zod's default wording.
import { describe, expect, it } from "vitest";
import { httpTestServer } from "../test/http-server.ts";

const http = httpTestServer();

type ErrorBody = { error: { json: { message: string; data: { fieldErrors: unknown } } } };

describe("validation errors over HTTP", () => {
  it("a 300-character invitation token reads as a sentence, with the field named", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { token: "x".repeat(300) } }));
    const response = await fetch(`${http.url}/trpc/invitation.preview?input=${input}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    const { message, data } = body.error.json;
    expect(message).toBe(
      "This invitation link is not valid: copy the whole link from the invitation.",
    );
    expect(message).not.toMatch(/Too big|expected string/);
    expect(data.fieldErrors).toEqual({ token: message });
  });

  it("a missing field without its own message is named in the sentence", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const response = await fetch(`${http.url}/trpc/invitation.preview?input=${input}`);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.message).toBe("The invitation link is missing.");
    expect(body.error.json.data.fieldErrors).toEqual({
      token: "The invitation link is missing.",
    });
  });
});
