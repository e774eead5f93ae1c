// Installing one of Debian's packages for the test run, as .ci/run would on a
// new machine: only as root with apt-get; otherwise the caller says what to run.
import { spawnSync } from "node:child_process";

/** Why we cannot install a package here, or null when we can. */
export function whyAptUnavailable() {
  const hasAptGet = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!hasAptGet) return "apt-get is not available";
  if (process.getuid?.() !== 0) return "installing needs root (sudo)";
  return null;
}

/** Runs apt-get update and install; returns the failed command, or null on success. */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", ...packages],
  ]) {
    const step = spawnSync("apt-get", args, { env, stdio: "inherit" });
    if (step.status !== 0) return `apt-get ${args.join(" ")}`;
  }
  return null;
}
