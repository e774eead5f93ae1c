import { describe, expect, it } from "vitest";
import { readSseBlock } from "./sse-block.ts";

describe("readSseBlock", () => {
  it("reads an event's id, type and data lines (joined)", () => {
    expect(readSseBlock('id: 42\nevent: error\ndata: {"a":\ndata: 1}')).toEqual({
      event: "error",
      id: "42",
      data: '{"a":\n1}',
    });
    expect(readSseBlock("data: x")).toEqual({ event: "message", id: null, data: "x" });
  });

  it("skips comments and retry lines, and a block of nothing else", () => {
    expect(readSseBlock(": ping")).toBeNull();
    expect(readSseBlock("retry: 2000\n: connected")).toBeNull();
    expect(readSseBlock("event: connected")).toEqual({ event: "connected", id: null, data: null });
  });
});
