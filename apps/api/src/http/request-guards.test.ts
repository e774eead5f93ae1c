import { describe, expect, it } from "vitest";
import { checkBatchSize, checkBodyContentType } from "./request-guards.ts";

describe("checkBodyContentType", () => {
  it("accepts JSON bodies, with or without parameters, and body-less reads", () => {
    expect(checkBodyContentType("POST", "application/json").allowed).toBe(true);
    expect(checkBodyContentType("POST", "Application/JSON; charset=utf-8").allowed).toBe(true);
    expect(checkBodyContentType("GET", undefined).allowed).toBe(true);
  });
  it("refuses any other body with 415", () => {
    for (const type of ["multipart/form-data; boundary=x", "text/plain", "application/jsonx"]) {
      expect(checkBodyContentType("POST", type)).toMatchObject({ allowed: false, status: 415 });
    }
    expect(checkBodyContentType("POST", undefined)).toMatchObject({ allowed: false, status: 415 });
    expect(checkBodyContentType("OPTIONS", "text/plain")).toMatchObject({ allowed: false });
  });
});

describe("checkBatchSize", () => {
  const batch = (n: number) => `/trpc/${Array(n).fill("claim.post").join(",")}?batch=1`;
  it("lets a small batch through", () => {
    expect(checkBatchSize("POST", batch(10)).allowed).toBe(true);
    expect(checkBatchSize("GET", batch(40)).allowed).toBe(true);
  });
  it("refuses a batch over the cap before any call runs", () => {
    expect(checkBatchSize("POST", batch(11))).toMatchObject({ allowed: false, status: 413 });
    expect(checkBatchSize("GET", batch(41))).toMatchObject({ allowed: false, status: 413 });
  });
  it("ignores paths outside tRPC", () => {
    expect(checkBatchSize("GET", "/api/health").allowed).toBe(true);
  });
});
