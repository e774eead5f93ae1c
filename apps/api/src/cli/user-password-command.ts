// `user password <email>`: gives a person a new random password, printed once.
// How people imported from an archive (who have none) first sign in; they
// then change it from their account page.
import { hashPassword } from "../auth/passwords.ts";
import type { PrismaClient } from "../db.ts";
import { DomainError } from "../domain/domain-error.ts";

export async function userPasswordCommand(prisma: PrismaClient, email: string): Promise<string> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true },
  });
  if (!user) throw new DomainError("NOT_FOUND", `No account with the email ${email}.`);
  const password = Buffer.from(crypto.getRandomValues(new Uint8Array(15))).toString("base64url");
  const passwordHash = await hashPassword(password);
  // Signs them out everywhere: whoever held the old sessions no longer should.
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { passwordHash } }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return `New password for ${email}: ${password}\n(Shown once; they should change it after signing in.)`;
}
