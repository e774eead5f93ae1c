export { computeOpinionGroups } from "./compute-opinion-groups.ts";
export {
  type GroupStance,
  type ObjectionSplit,
  splitObjectionsByGroup,
} from "./objection-splits.ts";
export {
  hiddenOpinionGroups,
  MIN_GROUP_SIZE_SHOWN,
  type OpinionGroupsView,
  presentOpinionGroups,
} from "./present-opinion-groups.ts";
export type * from "./types.ts";
