import { textAt } from "./apx-bytes.ts";
import type { IndexedFramework } from "./apx-reader.ts";
import { IN, OUT } from "./grounded-labels.ts";

// What the `labels` command prints: `<argument> in|out|undec`, one line per
// argument in declaration order. Written byte by byte from the file's own
// name bytes into one buffer, decoded once: at 10^6 arguments, a string per
// name and another per line cost more than reading and labelling the file.

const encoder = new TextEncoder();
const WORDS = [encoder.encode(" undec"), encoder.encode(" in"), encoder.encode(" out")];
const LONGEST_WORD = 6;
const LF = 10;

/** The label lines of `framework` with label codes `codes`, joined by LF (no last LF). */
export function formatLabelLines(framework: IndexedFramework, codes: Uint8Array): string {
  const { argCount, bytes, nameStart, nameEnd } = framework;
  let size = 0;
  for (let i = 0; i < argCount; i++) size += nameEnd[i]! - nameStart[i]! + LONGEST_WORD + 1;
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < argCount; i++) {
    if (i > 0) out[at++] = LF;
    for (let k = nameStart[i]!; k < nameEnd[i]!; k++) out[at++] = bytes[k]!;
    const code = codes[i]!;
    const word = WORDS[code === IN ? 1 : code === OUT ? 2 : 0]!;
    for (let k = 0; k < word.length; k++) out[at++] = word[k]!;
  }
  // Names are ASCII (checked when read): one byte, one character.
  return textAt(out, 0, at);
}
