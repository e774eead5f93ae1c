// The oldest Node.js the project runs on (package.json "engines" says the
// same; node-version.test.ts keeps the two in step).
export const MINIMUM_NODE_VERSION = "20.19.0";

const parts = (version: string) =>
  version
    .replace(/^v/, "")
    .split(".")
    .map((part) => Number.parseInt(part, 10) || 0);

/** A sentence for the operator when `version` is too old, otherwise undefined. */
export function unsupportedNodeMessage(
  version: string,
  minimum: string = MINIMUM_NODE_VERSION,
): string | undefined {
  const have = parts(version);
  const need = parts(minimum);
  for (let index = 0; index < 3; index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference > 0) return undefined;
    if (difference < 0) {
      return `Steelman needs Node.js ${minimum} or newer; this is ${version}. Install a current Node.js LTS and try again.`;
    }
  }
  return undefined;
}
