import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "./sql-script.ts";

describe("splitSqlStatements", () => {
  it("splits plain statements at their semicolons", () => {
    expect(splitSqlStatements("CREATE TABLE a (x int);\n\nALTER TABLE a ADD y int;\n")).toEqual([
      "CREATE TABLE a (x int)",
      "ALTER TABLE a ADD y int",
    ]);
  });

  it("keeps a function body with semicolons in one statement", () => {
    const body =
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  x := 1;\n  RETURN NULL;\nEND;\n$$";
    expect(splitSqlStatements(`${body};\nSELECT 1;`)).toEqual([body, "SELECT 1"]);
  });

  it("keeps tagged dollar quotes, strings, quoted names and comments whole", () => {
    const script = [
      "DO $body$ BEGIN PERFORM 1; END $body$",
      "INSERT INTO t VALUES ('a;b', 'it''s')",
      'SELECT "odd;name" FROM t',
      "-- a comment; with a semicolon\nSELECT 2",
      "/* block; comment */ SELECT 3",
    ];
    expect(splitSqlStatements(`${script.join(";\n")};`)).toEqual(script);
  });

  it("drops pieces that hold only comments", () => {
    expect(splitSqlStatements("SELECT 1;\n-- the end\n")).toEqual(["SELECT 1"]);
  });
});
