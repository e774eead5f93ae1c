export type { AbstractFramework } from "./abstract-framework.ts";
export {
  labelAbstractFramework,
  labelIndexedFramework,
  labelIndexedFrameworkCodes,
} from "./abstract-framework.ts";
export { formatApx, isApxName, parseApx, parseApxIndexed } from "./apx.ts";
export type { IndexedFramework } from "./apx-reader.ts";
export type { ArgumentStatus, ClaimStatus } from "./argument-status.ts";
export { computeArgumentStatus, computeArgumentStatusOfGraph } from "./argument-status.ts";
export type { AttackGraph, ClaimAttackGraph } from "./attack-graph.ts";
export {
  buildAttackGraph,
  buildAttackRows,
  buildClaimAttackGraph,
  findNodeIndex,
  findNodeIndexByNumber,
} from "./attack-graph.ts";
export type { ClaimIndex } from "./claim-index.ts";
export { indexClaims } from "./claim-index.ts";
export type { ClaimSides } from "./claim-sides.ts";
export { computeClaimSides } from "./claim-sides.ts";
export type { ArgumentErrorCode } from "./errors.ts";
export { ApxParseError, ArgumentError } from "./errors.ts";
export type { ExplainOptions, ExplanationReason, LabelExplanation } from "./explain-label.ts";
export { explainLabel, explainLabelInGraph } from "./explain-label.ts";
export type { LabelCode, LabellingGraph } from "./grounded-labels.ts";
export {
  computeGroundedLabels,
  decodeLabel,
  flagConcededObjections,
  IN,
  labelGroundedIndexed,
  OUT,
  UNDECIDED,
} from "./grounded-labels.ts";
export { formatLabelLines } from "./label-lines.ts";
export type {
  ArgumentClaim,
  ArgumentLink,
  ArgumentRole,
  ClaimKind,
  DisplayStatus,
  Label,
  ModerationState,
  Resolution,
  Side,
} from "./types.ts";
export { isConcededObjection, takesPart } from "./types.ts";
