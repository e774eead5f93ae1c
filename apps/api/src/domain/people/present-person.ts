// The one place that decides how a person appears to a reader. Every read
// that names someone (authors, creators, resolvers, editors, voters, actors)
// goes through here, so an anonymous debate cannot be unmasked through a
// side door and an email never reaches anyone but an owner. Pure.
import { canSeeAuthors } from "../debate/debate-permissions.ts";
import type { Role } from "../roles.ts";

export type PersonViewer = {
  /**
   * The reader's user id. It does not unmask the reader's own posts in an
   * anonymous debate: a screen may be projected or shared, so reads mark
   * one's own rows with `isMine` flags instead of a name.
   */
  userId: string;
  /** The reader's role in the debate's workspace (a guest's grant role). */
  role: Role;
  /** Whether the debate hides who wrote what from participants. */
  anonymous: boolean;
};

export type PersonRow = { id: string; displayName: string; email?: string };
export type PresentedPerson = { id: string; displayName: string; email?: string };

/** Whether this reader may know who a person is (not their email). */
export function seesPeople(viewer: PersonViewer): boolean {
  return canSeeAuthors(viewer.role, viewer.anonymous);
}

/** Emails are contact details: only owners, who administer the workspace, get them. */
export function seesEmails(viewer: Pick<PersonViewer, "role">): boolean {
  return viewer.role === "owner";
}

/**
 * A person as this reader may see them: named (with an email only for an
 * owner), or `null` — the anonymous placeholder the clients show as
 * "Anonymous".
 */
export function presentPerson(
  viewer: PersonViewer,
  person: PersonRow | null | undefined,
): PresentedPerson | null {
  if (!person) return null;
  if (!seesPeople(viewer)) return null;
  const named = { id: person.id, displayName: person.displayName };
  return seesEmails(viewer) && person.email !== undefined
    ? { ...named, email: person.email }
    : named;
}

/** A presenter bound to one reader, for mapping many rows. */
export function personPresenter(viewer: PersonViewer) {
  return (person: PersonRow | null | undefined) => presentPerson(viewer, person);
}

/** The viewer of a debate read, from the access the procedure already checked. */
export function debatePersonViewer(access: {
  userId: string;
  role: Role;
  debate: { anonymous: boolean };
}): PersonViewer {
  return { userId: access.userId, role: access.role, anonymous: access.debate.anonymous };
}

export type ImportBatchRow = {
  fileName: string;
  importedAt: Date;
  importedBy: PersonRow;
};

/** "Imported by X on D from F": what a row that came from a file says about itself. */
export function presentImport(viewer: PersonViewer, batch: ImportBatchRow | null) {
  if (!batch) return null;
  return {
    fileName: batch.fileName,
    importedAt: batch.importedAt,
    importedBy: presentPerson(viewer, batch.importedBy),
  };
}
