// Exports: complete JSON (re-importable) and APX (argumentation solvers).
import type { Db } from "../../db.ts";
import { formatApx } from "../../domain/argument/index.ts";
import { formatArgdown } from "../../domain/interop/argdown.ts";
import {
  claimRef,
  type DebateDocument,
  type DocumentPerson,
} from "../../domain/interop/debate-document.ts";
import {
  debatePersonViewer,
  type PersonRow,
  presentPerson,
} from "../../domain/people/present-person.ts";
import { hasAtLeastRole } from "../../domain/roles.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";

const personSelect = { id: true, displayName: true, email: true } as const;

/** How the people in an export appear: decided by the caller, never by the file. */
export type ExportPerson = (person: PersonRow) => DocumentPerson | null;

/** The operator's export (the CLI): names unless anonymous, and emails for re-import. */
export const operatorExportPerson =
  (anonymous: boolean): ExportPerson =>
  (p) =>
    anonymous ? null : { displayName: p.displayName, email: p.email ?? null };

/** Stands in for the text of a hidden claim in a non-facilitator's export. */
export const HIDDEN_BODY = "(hidden by a facilitator)";

/**
 * As a reader of the debate: people as the presenter shows them to that
 * reader (emails for owners only), and the text of hidden claims (and their
 * revisions) only for facilitators.
 */
export function exportDebateJson(db: Db, access: DebateAccess): Promise<DebateDocument> {
  const viewer = debatePersonViewer(access);
  return buildDebateDocument(
    db,
    access.debate.id,
    (p) => {
      const shown = presentPerson(viewer, p);
      return shown && { displayName: shown.displayName, email: shown.email ?? null };
    },
    hasAtLeastRole(access.role, "facilitator"),
  );
}

export async function buildDebateDocument(
  db: Db,
  debateId: string,
  present: ExportPerson,
  includeHiddenText = true,
): Promise<DebateDocument> {
  const [debate, claims, links, resolutions] = await Promise.all([
    db.debate.findUniqueOrThrow({
      where: { id: debateId },
      select: { question: true, description: true, phase: true, anonymous: true, createdAt: true },
    }),
    db.claim.findMany({
      where: { debateId },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        kind: true,
        targetId: true,
        body: true,
        moderation: true,
        mergedIntoId: true,
        createdAt: true,
        author: { select: personSelect },
        revisions: {
          orderBy: { revision: "asc" },
          select: { revision: true, body: true, createdAt: true, editor: { select: personSelect } },
        },
      },
    }),
    db.claimLink.findMany({
      where: { debateId },
      select: { fromId: true, toId: true, createdAt: true },
    }),
    db.resolution.findMany({
      where: { debateId },
      orderBy: { resolvedAt: "asc" },
      select: {
        claimId: true,
        kind: true,
        note: true,
        duplicateOfId: true,
        resolvedAt: true,
        reopenedAt: true,
        resolvedBy: { select: personSelect },
        reopenedBy: { select: personSelect },
      },
    }),
  ]);
  const refOf = new Map(claims.map((c) => [c.id, claimRef(c.number)]));
  const ref = (id: string | null) => (id === null ? null : refOf.get(id)!);
  const person = (p: PersonRow | null) => (p ? present(p) : null);
  // The labels from the rows already read, not from a second read of the debate.
  const { status } = computeDebateStatus({
    claims,
    links,
    resolutions: resolutions
      .filter((r) => r.reopenedAt === null)
      .map((r) => ({ ...r, claimId: r.claimId })),
  });
  return {
    format: "steelman.debate",
    version: 1,
    exportedAt: new Date(),
    debate,
    claims: claims.map((c) => {
      const textHidden = c.moderation === "hidden" && !includeHiddenText;
      return {
        ref: ref(c.id)!,
        kind: c.kind,
        target: ref(c.targetId),
        body: textHidden ? HIDDEN_BODY : c.body,
        moderation: c.moderation,
        mergedInto: ref(c.mergedIntoId),
        author: person(c.author),
        createdAt: c.createdAt,
        revisions: textHidden ? [] : c.revisions.map((r) => ({ ...r, editor: person(r.editor) })),
      };
    }),
    links: links.map((l) => ({ from: ref(l.fromId)!, to: ref(l.toId)!, createdAt: l.createdAt })),
    resolutions: resolutions.map((r) => ({
      claim: ref(r.claimId)!,
      kind: r.kind,
      note: r.note,
      duplicateOf: ref(r.duplicateOfId),
      resolvedBy: person(r.resolvedBy),
      resolvedAt: r.resolvedAt,
      reopenedAt: r.reopenedAt,
      reopenedBy: person(r.reopenedBy),
    })),
    labels: Object.fromEntries(status.claims.map((s) => [ref(s.claimId)!, s.label])),
  };
}

/**
 * The debate as an abstract framework in APX: one argument per visible
 * claim, one attack per objection (and per extra link of an objection).
 * Steelman holds a conceded objection `in` whatever attacks it; APX cannot
 * say that, so attacks on conceded objections are left out, and a solver's
 * grounded labelling then agrees with Steelman's.
 */
export async function exportDebateApx(db: Db, debateId: string): Promise<string> {
  const graph = await loadDebateGraph(db, debateId);
  const { resolutionByClaim } = computeDebateStatus(graph);
  const visible = new Map(
    graph.claims.filter((c) => c.moderation === "visible").map((c) => [c.id, c]),
  );
  const args = [...visible.values()].map((c) => claimRef(c.number));
  const attacks: [string, string][] = [];
  const addAttack = (fromId: string, toId: string | null) => {
    const from = visible.get(fromId);
    const to = toId ? visible.get(toId) : undefined;
    if (!from || !to || from.kind !== "objection") return;
    if (to.kind === "objection" && resolutionByClaim.get(to.id)?.kind === "conceded") return;
    attacks.push([claimRef(from.number), claimRef(to.number)]);
  };
  for (const claim of visible.values()) addAttack(claim.id, claim.targetId);
  for (const link of graph.links) addAttack(link.fromId, link.toId);
  return formatApx(args, attacks);
}

/** The visible claims as Argdown text, for argdown.org's tools. */
export async function exportDebateArgdown(db: Db, debateId: string): Promise<string> {
  const [debate, graph] = await Promise.all([
    db.debate.findUniqueOrThrow({ where: { id: debateId }, select: { question: true } }),
    loadDebateGraph(db, debateId),
  ]);
  const visible = graph.claims.filter((c) => c.moderation === "visible");
  const visibleIds = new Set(visible.map((c) => c.id));
  return formatArgdown(
    debate.question,
    visible,
    graph.links.filter((l) => visibleIds.has(l.fromId) && visibleIds.has(l.toId)),
  );
}
