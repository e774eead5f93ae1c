/** The id of a claim's element in the outline. */
export function claimElementId(number: number) {
  return `claim-${number}`;
}

const HIGHLIGHT_MS = 2500;

/**
 * Scrolls a claim of the outline into view, moves focus to it and marks it
 * for a moment. Waits a few frames for a claim that is about to be rendered
 * (just posted). Returns whether the claim was found.
 */
export function focusClaim(number: number, framesToWait = 60): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = (framesLeft: number) => {
      const element = document.getElementById(claimElementId(number));
      if (!element) {
        if (framesLeft <= 0) resolve(false);
        else requestAnimationFrame(() => attempt(framesLeft - 1));
        return;
      }
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      element.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth", block: "center" });
      element.focus({ preventScroll: true });
      element.dataset.highlight = "true";
      window.setTimeout(() => delete element.dataset.highlight, HIGHLIGHT_MS);
      resolve(true);
    };
    attempt(framesToWait);
  });
}

/**
 * Puts focus back on a claim without scrolling, after an action whose button
 * went away (resolve, reopen, hide, withdraw), so keyboard users keep their place.
 */
export function refocusClaim(number: number) {
  requestAnimationFrame(() => {
    const element = document.getElementById(claimElementId(number));
    if (element && !element.contains(document.activeElement)) {
      element.focus({ preventScroll: true });
    }
  });
}
