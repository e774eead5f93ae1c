#!/usr/bin/env node
// Runs before the end-to-end tests: makes sure a Chromium is there. Playwright
// cannot download its own browser here, so we use the system's. When none is
// found and we may install one (root, apt-get available), Debian's `chromium`
// package is installed, as .ci/run does; otherwise we stop at once with one
// line saying what to run, instead of every spec failing to launch.
import { accessSync, constants } from "node:fs";
import { aptInstall, whyAptUnavailable } from "./apt-install.mjs";

const DEFAULT_PATH = "/usr/bin/chromium";
const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH;

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const fail = (line) => {
  console.error(`[e2e] ${line}`);
  process.exit(1);
};

if (configured) {
  if (!isExecutable(configured))
    fail(
      `PLAYWRIGHT_CHROMIUM_PATH=${configured} is not an executable file; point it at a Chromium or Chrome binary.`,
    );
  process.exit(0);
}
if (isExecutable(DEFAULT_PATH)) process.exit(0);

const unavailable = whyAptUnavailable();
if (unavailable === "apt-get is not available")
  fail(
    `No Chromium at ${DEFAULT_PATH}: install one and set PLAYWRIGHT_CHROMIUM_PATH=/path/to/chromium, then run npm test again.`,
  );
if (unavailable)
  fail(
    `No Chromium at ${DEFAULT_PATH}: run \`sudo apt-get install -y chromium\` (or set PLAYWRIGHT_CHROMIUM_PATH), then npm test again.`,
  );

console.log(`[e2e] No Chromium at ${DEFAULT_PATH}; installing Debian's chromium package…`);
const failed = aptInstall(["chromium"]);
if (failed)
  fail(
    `\`${failed}\` failed; install Chromium by hand (apt-get install -y chromium), then run npm test again.`,
  );
if (!isExecutable(DEFAULT_PATH))
  fail(
    `apt-get installed chromium but ${DEFAULT_PATH} is missing; set PLAYWRIGHT_CHROMIUM_PATH to the browser binary.`,
  );
