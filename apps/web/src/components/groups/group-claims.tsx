import { Section } from "@/components/ui/section";
import { claimElementId } from "@/lib/focus-claim";
import { type ClaimTexts, percent } from "./claim-words";
import { groupLetter, groupStyle, type OpinionGroupsView } from "./group-style";

type Props = { view: OpinionGroupsView; claims: ClaimTexts; baseHref: string };

function ClaimLine({ id, claims, baseHref }: { id: string; claims: ClaimTexts; baseHref: string }) {
  const claim = claims.get(id);
  if (!claim) return <span>A claim no longer in the debate</span>;
  return (
    <>
      <a
        href={`${baseHref}#${claimElementId(claim.number)}`}
        className="font-medium underline underline-offset-2"
      >
        #{claim.number}
      </a>{" "}
      {claim.body}
    </>
  );
}

/** What sets each group apart: the claims it agrees or disagrees with markedly more than the rest. */
export function GroupClaims({ view, claims, baseHref }: Props) {
  return (
    <Section
      title="What sets each group apart"
      description="Claims a group agrees or disagrees with markedly more than everyone else."
    >
      <div className="grid gap-6 md:grid-cols-2">
        {view.groups.map((group) => (
          <section
            key={group.id}
            aria-labelledby={`group-${group.id}-heading`}
            className="space-y-2 rounded-lg border-l-4 bg-white p-4"
            style={{ borderColor: groupStyle(group.id).colour }}
          >
            <h3 id={`group-${group.id}-heading`} className="font-semibold">
              Group {groupLetter(group.id)} · {group.size} people
              {view.myGroup === group.id ? " · your group" : ""}
            </h3>
            {group.representativeClaims.length === 0 ? (
              <p className="text-sm text-stone-600">No claim sets this group clearly apart yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {group.representativeClaims.map((c) => (
                  <li key={`${c.claimId}-${c.direction}`}>
                    <span className="font-medium">
                      {c.direction === "agree" ? "Agrees" : "Disagrees"}:
                    </span>{" "}
                    <ClaimLine id={c.claimId} claims={claims} baseHref={baseHref} />
                    <span className="block text-stone-600">
                      {percent(c.groupRate)} of the group against {percent(c.restRate)} of the rest
                      ({c.test}, z = {c.z.toFixed(1)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </Section>
  );
}

/** Claims every group leans the same way on, however unequal the groups. */
export function ConsensusClaims({ view, claims, baseHref }: Props) {
  return (
    <Section
      title="Common ground"
      description="Claims every group leans the same way on (each group's share multiplied together)."
    >
      {view.consensusClaims.length === 0 ? (
        <p className="text-sm text-stone-600">No claim has every group on the same side yet.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {view.consensusClaims.map((c) => (
            <li key={`${c.claimId}-${c.direction}`}>
              <span className="font-medium">
                All groups {c.direction === "agree" ? "agree" : "disagree"}:
              </span>{" "}
              <ClaimLine id={c.claimId} claims={claims} baseHref={baseHref} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
