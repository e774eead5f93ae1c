import { StatusMessage } from "@/components/ui/status-message";
import type { ClaimTexts } from "./claim-words";
import { ConsensusClaims, GroupClaims } from "./group-claims";
import { groupLetter, type OpinionGroupsView } from "./group-style";
import { GroupsScatter } from "./groups-scatter";
import { ObjectionSplitsTable } from "./objection-splits-table";

/** Why there is nothing to show, in words. */
export function GroupsUnavailable({ view }: { view: OpinionGroupsView }) {
  if (view.state === "hidden-until-results") {
    return (
      <StatusMessage>
        Vote tallies are hidden until the debate is decided, and the opinion groups with them.
      </StatusMessage>
    );
  }
  return (
    <StatusMessage>
      No groups yet: they appear once enough people have voted on enough claims (groups of fewer
      than three people are never shown).
    </StatusMessage>
  );
}

type Props = { view: OpinionGroupsView; claims: ClaimTexts; baseHref: string };

/** The groups page's body: the scatter, what sets each group apart, common ground, the objections. */
export function OpinionGroupsContent({ view, claims, baseHref }: Props) {
  if (view.state !== "ready") return <GroupsUnavailable view={view} />;
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p className="text-stone-700">
          {view.groups.length} opinion groups found from the votes on claims.{" "}
          {view.myGroup !== null
            ? `You are in group ${groupLetter(view.myGroup)}.`
            : "You are not placed in a group shown here."}{" "}
          Nobody else sees which group you are in.
        </p>
        <GroupsScatter view={view} />
      </div>
      <ObjectionSplitsTable view={view} claims={claims} />
      <GroupClaims view={view} claims={claims} baseHref={baseHref} />
      <ConsensusClaims view={view} claims={claims} baseHref={baseHref} />
    </div>
  );
}
