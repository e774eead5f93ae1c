"use client";

import { Section } from "@/components/ui/section";
import { isFacilitator } from "@/lib/debate";
import type { Role } from "@/lib/trpc";
import { DebateList } from "./debate-list";
import { OpenDebateForm } from "./open-debate-form";

type DebatesSectionProps = { workspaceId: string; slug: string; role: Role };

/** The workspace's debates, and for facilitators and owners a form to open one. */
export function DebatesSection({ workspaceId, slug, role }: DebatesSectionProps) {
  return (
    <Section title="Debates" description="Questions this workspace is deliberating.">
      <DebateList workspaceId={workspaceId} slug={slug} />
      {isFacilitator(role) ? (
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <OpenDebateForm workspaceId={workspaceId} slug={slug} />
        </div>
      ) : null}
    </Section>
  );
}
