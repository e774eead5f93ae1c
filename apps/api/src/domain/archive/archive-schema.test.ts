// docs/archive.schema.json is generated from the zod format and must match it.
// After changing the format: UPDATE_ARCHIVE_SCHEMA=1 npx vitest run src/domain/archive/archive-schema.test.ts
import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { archiveJsonSchema } from "./archive-format.ts";

const SCHEMA_FILE = new URL("../../../../../docs/archive.schema.json", import.meta.url);

describe("archive JSON Schema", () => {
  it("is the one generated from the zod format", async () => {
    const generated = `${JSON.stringify(archiveJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_ARCHIVE_SCHEMA === "1") await writeFile(SCHEMA_FILE, generated);
    // Compared as JSON: Biome may lay the committed file out its own way.
    expect(JSON.parse(await readFile(SCHEMA_FILE, "utf8"))).toEqual(JSON.parse(generated));
  });
});
