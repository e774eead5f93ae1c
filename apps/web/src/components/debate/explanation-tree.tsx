import { type Explanation, excerpt, kindLabel } from "@/lib/debate";
import { useDebate } from "./debate-context";

type Node = Explanation;

const VERB: Record<Node["label"], { one: string; many: string }> = {
  in: { one: "stands", many: "stand" },
  out: { one: "is answered", many: "are all answered" },
  undecided: { one: "is undecided", many: "are undecided" },
};

function numbers(nodes: Node[]) {
  const refs = nodes.map((node) => `#${node.number}`);
  return refs.length <= 1 ? refs.join("") : `${refs.slice(0, -1).join(", ")} and ${refs.at(-1)}`;
}

/** "because #7 stands", from the server's reason and the attackers it names. */
export function reasonOf(node: Node): string {
  const { reason, children, truncated } = node;
  const more = truncated ? " (and others not shown)" : "";
  if (reason === "no_attackers") return "because nothing attacks it";
  if (reason === "conceded") return "because it was conceded: accepted as true";
  if (reason === "attacked_by_in") {
    return children.length > 0
      ? `because ${numbers(children)} stands against it`
      : "because an objection to it stands";
  }
  if (reason === "all_attackers_out") {
    if (children.length === 0) return "because every objection to it is answered";
    const verb = children.length === 1 && !truncated ? VERB.out.one : VERB.out.many;
    return `because ${numbers(children)}${more} ${verb}`;
  }
  if (children.length === 0) return "because it is part of a cycle of objections";
  const verb = children.length === 1 && !truncated ? VERB.undecided.one : VERB.undecided.many;
  return `because ${numbers(children)}${more} ${verb}, in a cycle of objections`;
}

/** The explanation as nested sentences: each attacker named is explained beneath, in turn. */
export function ExplanationTree({ root }: { root: Node }) {
  return (
    <ul className="space-y-3">
      <ExplanationItem node={root} first />
    </ul>
  );
}

function ExplanationItem({ node, first = false }: { node: Node; first?: boolean }) {
  const { claimById } = useDebate();
  const claim = claimById.get(node.claimId);
  const name = claim ? `${kindLabel(claim)} #${node.number}` : `#${node.number}`;
  const text = claim?.body ?? node.excerpt;
  return (
    <li className="space-y-1">
      <p className="text-[0.9375rem] leading-relaxed">
        {first ? null : "and "}
        <strong className="font-semibold">{name}</strong> {VERB[node.label].one} {reasonOf(node)}.
      </p>
      <p className="text-sm text-stone-600">“{excerpt(text, 110)}”</p>
      {node.children.length > 0 ? (
        <ul className="mt-3 space-y-3 border-l border-stone-200 pl-4">
          {node.children.map((child) => (
            <ExplanationItem key={child.claimId} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
