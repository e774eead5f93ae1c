// Backpressure for a live stream: when a reader has not taken what was
// written, the stream waits for it instead of writing more, as long as the
// reader keeps taking something. A reader that takes nothing for a whole
// window has stalled (a laptop lid closed, a dead proxy) and is cut off.
import type { ServerResponse } from "node:http";

/** True once everything written has gone to the socket; false if the reader stalled or left. */
export async function readerCaughtUp(socket: ServerResponse, stallMs: number): Promise<boolean> {
  let unsent = socket.writableLength;
  for (;;) {
    if (await drainedWithin(socket, stallMs)) return true;
    if (socket.destroyed || socket.writableLength >= unsent) return false;
    unsent = socket.writableLength;
  }
}

function drainedWithin(socket: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (drained: boolean) => {
      clearTimeout(timer);
      socket.off("drain", onDrain);
      socket.off("close", onClose);
      resolve(drained);
    };
    const onDrain = () => settle(true);
    const onClose = () => settle(false);
    const timer = setTimeout(() => settle(false), ms);
    socket.once("drain", onDrain);
    socket.once("close", onClose);
  });
}
