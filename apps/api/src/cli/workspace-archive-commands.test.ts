// The operator's archive commands on real files, and the password command
// that lets a person created by an import sign in for the first time.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords.ts";
import { ARCHIVE_FORMAT_VERSION } from "../domain/archive/archive-format.ts";
import { buildRichDebate, createDebateTeam } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { userPasswordCommand } from "./user-password-command.ts";
import { workspaceExportCommand, workspaceImportCommand } from "./workspace-archive-commands.ts";

describe("workspace export / import commands", () => {
  it("writes the archive to a file and creates a workspace from it", async () => {
    const team = await createDebateTeam();
    await buildRichDebate(team);
    const out = join(tmpdir(), `cli-archive-${crypto.randomUUID()}.ndjson`);
    expect(await workspaceExportCommand(testPrisma(), team.workspace.slug, out)).toMatch(
      /^Wrote workspace ".+" to .+ \(\d+ lines\)\.$/,
    );
    expect((await readFile(out, "utf8")).split("\n")[0]).toContain(
      `"formatVersion":${ARCHIVE_FORMAT_VERSION}`,
    );
    const slug = `cli-${crypto.randomUUID().slice(0, 8)}`;
    expect(await workspaceImportCommand(testPrisma(), out, slug)).toContain(`"${slug}"`);
    const copy = await testPrisma().workspace.findUniqueOrThrow({
      where: { slug },
      select: { _count: { select: { memberships: true, debates: true } } },
    });
    expect(copy._count).toEqual({ memberships: 4, debates: 1 });
  });

  it("refuses an unknown workspace with a sentence, and leaves no file", async () => {
    const out = join(tmpdir(), `none-${crypto.randomUUID()}.ndjson`);
    await expect(workspaceExportCommand(testPrisma(), "no-such-workspace", out)).rejects.toThrow(
      'No workspace "no-such-workspace".',
    );
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
  });
});

describe("user password", () => {
  it("gives a person without a password one that signs in, and ends their sessions", async () => {
    const email = `imported-${crypto.randomUUID().slice(0, 8)}@test.steelman.test`;
    const user = await testPrisma().user.create({
      data: { email, displayName: "Imported", passwordHash: "" },
      select: { id: true },
    });
    expect(await verifyPassword("", "anything")).toBe(false);
    const printed = await userPasswordCommand(testPrisma(), email);
    const password = /: (\S+)\n/.exec(printed)?.[1] ?? "";
    const { passwordHash } = await testPrisma().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(passwordHash, password)).toBe(true);
  });
});
