// UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids
// sort by creation like the ones Prisma makes for `@default(uuid(7))`. For the
// few writes done in one SQL statement, where Prisma does not fill ids in.
import { randomBytes } from "node:crypto";

export function newUuidV7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
