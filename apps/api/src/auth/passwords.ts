// argon2id at OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): ~57 ms
// a hash on this machine.
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash so an unknown email costs the same time as a known one. */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("steelman-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
