// Archive files on disk: written with back-pressure, read line by line, so
// neither direction holds the whole file in memory.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import type { ArchiveLines } from "./check-archive.ts";
import type { LineSink } from "./export-workspace.ts";

/** A sink that waits whenever the stream's buffer is full. */
export function streamSink(stream: Writable): LineSink {
  return async (line) => {
    if (!stream.write(line)) await once(stream, "drain");
  };
}

export async function endStream(stream: Writable): Promise<void> {
  stream.end();
  await once(stream, "finish");
}

export function openArchiveFile(path: string): { sink: LineSink; close: () => Promise<void> } {
  const stream = createWriteStream(path);
  return { sink: streamSink(stream), close: () => endStream(stream) };
}

/** Each call reads the file again from the start (the import reads it twice). */
export function archiveFileLines(path: string): ArchiveLines {
  return () =>
    createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
}
