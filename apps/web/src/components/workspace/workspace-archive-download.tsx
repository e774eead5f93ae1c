import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

/** Owners only: the whole workspace as an archive file, streamed by the API. */
export function WorkspaceArchiveDownload({ slug }: { slug: string }) {
  return (
    <Section
      title="Workspace archive"
      description="Everything in this workspace (members, debates, votes, proposals, decisions and the activity log) as one file, to keep as a backup or to move to another Steelman. Votes in anonymous debates are not linked to people."
    >
      <a
        href={`/api/workspaces/${encodeURIComponent(slug)}/archive`}
        download={`${slug}.steelman.ndjson`}
        className={buttonClass("secondary")}
      >
        Download the workspace archive
      </a>
    </Section>
  );
}
