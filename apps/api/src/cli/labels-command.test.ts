import { describe, expect, it } from "vitest";
import { writeTempFile } from "../test/temp-file.ts";
import { labelsCommand } from "./labels-command.ts";

describe("labels command", () => {
  it("labels an APX framework: reinstatement, a 2-cycle and a self-attack", async () => {
    const file = await writeTempFile(
      "f.apx",
      "% test\narg(a).\narg(b).\narg(c).\natt(b,a).\natt(c,b).\narg(x).\narg(y).\natt(x,y).\natt(y,x).\narg(s).\natt(s,s).\n",
    );
    expect((await labelsCommand(file)).split("\n")).toEqual([
      "a in",
      "b out",
      "c in",
      "x undec",
      "y undec",
      "s undec",
    ]);
  });

  it("reports a malformed APX file with its line", async () => {
    const file = await writeTempFile("bad.apx", "arg(a).\natt(a b).\n");
    await expect(labelsCommand(file)).rejects.toThrow(/line 2/);
  });
});
