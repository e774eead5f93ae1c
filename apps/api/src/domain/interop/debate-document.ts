// The JSON export format of a debate ("steelman.debate", version 1): complete
// (claims, links, revisions, resolutions, authors unless anonymous) and
// re-importable. Claims are referred to as "c<number>".
import { z } from "zod";
import { CLAIM_KINDS, PHASES } from "../vocabulary.ts";

const person = z
  .object({ displayName: z.string().min(1).max(200), email: z.string().max(254).nullable() })
  .nullable();
const ref = z.string().regex(/^c\d+$/, 'Claim references look like "c12".');
const isoDate = z.coerce.date();

export const debateDocumentSchema = z.object({
  format: z.literal(
    "steelman.debate",
    'This is not a Steelman debate export (format "steelman.debate").',
  ),
  version: z.literal(1, "Only version 1 of the debate export can be imported."),
  exportedAt: isoDate,
  debate: z.object({
    question: z.string().trim().min(3).max(300),
    description: z.string().max(5000),
    phase: z.enum(PHASES),
    anonymous: z.boolean(),
    createdAt: isoDate,
  }),
  claims: z
    .array(
      z.object({
        ref,
        kind: z.enum(CLAIM_KINDS),
        target: ref.nullable(),
        body: z.string().min(1).max(5000),
        moderation: z.enum(["visible", "hidden", "merged", "withdrawn"]),
        mergedInto: ref.nullable(),
        author: person,
        createdAt: isoDate,
        revisions: z.array(
          z.object({
            revision: z.number().int().min(1),
            body: z.string().min(1).max(5000),
            editor: person,
            createdAt: isoDate,
          }),
        ),
      }),
    )
    .max(100_000),
  links: z.array(z.object({ from: ref, to: ref, createdAt: isoDate })),
  resolutions: z.array(
    z.object({
      claim: ref,
      kind: z.enum(["conceded", "out_of_scope", "duplicate"]),
      note: z.string().max(1000),
      duplicateOf: ref.nullable(),
      resolvedBy: person,
      resolvedAt: isoDate,
      reopenedAt: isoDate.nullable(),
      reopenedBy: person,
    }),
  ),
  /** Informative: the labels at export time, so an importer can compare. */
  labels: z.record(ref, z.enum(["in", "out", "undecided"])),
});

export type DebateDocument = z.infer<typeof debateDocumentSchema>;
export type DocumentPerson = z.infer<typeof person>;

export function claimRef(number: number): string {
  return `c${number}`;
}
