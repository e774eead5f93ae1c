/** The id of a claim's element in the outline. */
export function claimElementId(number: number) {
  return `claim-${number}`;
}

const HIGHLIGHT_MS = 2500;
/** Frames to wait for a claim inside a collapsed thread, which is opened on the way. */
const REVEAL_FRAMES = 30;
const REVEAL_EVENT = "steelman:reveal-claim";

/** Asks the outline to open the threads above a claim (big debates show them collapsed). */
export function revealClaim(number: number) {
  window.dispatchEvent(new CustomEvent<number>(REVEAL_EVENT, { detail: number }));
}

/** Calls `listener` with the number of each claim asked to be revealed; returns the unsubscribe. */
export function onRevealClaim(listener: (number: number) => void): () => void {
  const handler = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === "number") listener(event.detail);
  };
  window.addEventListener(REVEAL_EVENT, handler);
  return () => window.removeEventListener(REVEAL_EVENT, handler);
}

/**
 * Scrolls a claim of the outline into view, moves focus to it and marks it
 * for a moment. Waits a few frames for a claim that is about to be rendered
 * (just posted, or in a thread being opened for it). Returns whether the
 * claim was found.
 */
export function focusClaim(number: number, framesToWait = 60): Promise<boolean> {
  if (!document.getElementById(claimElementId(number))) {
    revealClaim(number);
    framesToWait = Math.max(framesToWait, REVEAL_FRAMES);
  }
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
