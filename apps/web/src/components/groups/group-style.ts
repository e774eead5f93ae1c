import type { RouterOutputs } from "@/lib/trpc";

export type OpinionGroupsView = RouterOutputs["debate"]["opinionGroups"];
export type ObjectionSplit = OpinionGroupsView["objections"][number];
export type GroupStance = ObjectionSplit["byGroup"][number]["stance"];

/** Colour and a shape per group: colour alone fails colour-blind readers. */
const STYLES = [
  { colour: "#1d4ed8", shape: "circle" },
  { colour: "#b45309", shape: "square" },
  { colour: "#047857", shape: "triangle" },
  { colour: "#7e22ce", shape: "diamond" },
  { colour: "#be123c", shape: "cross" },
] as const;

export type GroupShape = (typeof STYLES)[number]["shape"];

/** Group 1 is A, group 2 is B…: letters read better than numbers on a projector. */
export function groupLetter(groupId: number): string {
  return String.fromCharCode(64 + groupId);
}

export function groupStyle(groupId: number): { colour: string; shape: GroupShape } {
  return STYLES[(groupId - 1) % STYLES.length] ?? STYLES[0];
}

export const STANCE_WORDS: Record<GroupStance, string> = {
  holds: "holds it",
  dismisses: "dismisses it",
  divided: "divided",
  unknown: "too few votes",
};
