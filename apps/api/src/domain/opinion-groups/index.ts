export { computeOpinionGroups } from "./compute-opinion-groups.ts";
export {
  type GroupStance,
  type ObjectionSplit,
  splitObjectionsByGroup,
} from "./objection-splits.ts";
export type * from "./types.ts";
