// Imported first by main.ts, so an old Node.js stops with one clear sentence
// before anything else loads.
import { unsupportedNodeMessage } from "./node-version.ts";

const problem = unsupportedNodeMessage(process.version);
if (problem) {
  console.error(`[api] ${problem}`);
  process.exit(1);
}
