"use client";

import { SignedInGate } from "@/components/auth/signed-in-gate";
import { Section } from "@/components/ui/section";
import { CreateFromArchiveForm } from "./create-from-archive-form";
import { CreateWorkspaceForm } from "./create-workspace-form";
import { WorkspaceList } from "./workspace-list";

export function WorkspacesPage() {
  return (
    <SignedInGate>
      {() => (
        <div className="space-y-10">
          <h1 className="text-2xl font-semibold tracking-tight">Workspaces</h1>
          <Section title="Your workspaces">
            <WorkspaceList />
          </Section>
          <Section title="Create workspace" description="You will be its owner.">
            <CreateWorkspaceForm />
          </Section>
          <Section
            title="Create a workspace from an archive"
            description="A workspace archive downloaded from Steelman (this install or another). You will be its owner; its members keep their roles."
          >
            <CreateFromArchiveForm />
          </Section>
        </div>
      )}
    </SignedInGate>
  );
}
