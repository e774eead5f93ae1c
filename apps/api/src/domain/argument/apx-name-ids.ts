import { declaredAgain } from "./apx-error-lines.ts";
import { ApxNameTable, BATCH } from "./apx-name-table.ts";
import { NumberedNames } from "./apx-numbered-names.ts";

/**
 * What stands for a name while an APX file is read: its number when it is
 * numbered (apx-numbered-names.ts), else the complement (`~slot`, negative)
 * of its slot in the hash table. Ids are turned into declaration indices at
 * the end, when every declaration is known.
 *
 * A numbered name's id is known at once. Other names wait in a batch and are
 * looked up BATCH at a time (`ApxNameTable.slotsOf`): at a million names each
 * lookup costs cache misses, and a batch has them under way together.
 */
export class ApxNameIds {
  private readonly numbered: NumberedNames;
  private readonly table: ApxNameTable;
  private readonly waitingStart = new Int32Array(BATCH);
  private readonly waitingEnd = new Int32Array(BATCH);
  /** Per waiting name: attack e's attacker (2e) or attacked (2e + 1), or declaration i (-1 - i). */
  private readonly waitingFor = new Int32Array(BATCH);
  private readonly slots = new Int32Array(BATCH);
  private waiting = 0;

  /** `expected`: about how many names there will be. */
  constructor(
    private readonly bytes: Uint8Array,
    expected: number,
  ) {
    this.numbered = new NumberedNames(bytes, 4 * expected + 1024);
    this.table = new ApxNameTable(bytes, expected);
  }

  /** The number of the name at `bytes[start, end)`, or -1: it is not numbered. */
  numberOf(start: number, end: number): number {
    return this.numbered.numberOf(start, end);
  }

  /**
   * Queues a name that is not numbered: its id is written at `for` (see
   * `waitingFor`) by `flush`, which must be called when this returns true.
   */
  wait(start: number, end: number, waitingFor: number): boolean {
    const k = this.waiting++;
    this.waitingStart[k] = start;
    this.waitingEnd[k] = end;
    this.waitingFor[k] = waitingFor;
    return this.waiting === BATCH;
  }

  /**
   * Looks up the waiting names, in file order: writes attack ends' ids into
   * `from` and `to`, declares the others (refusing a repeated declaration).
   */
  flush(from: Int32Array, to: Int32Array): void {
    const { waitingStart, waitingEnd, waitingFor, slots, waiting } = this;
    this.waiting = 0;
    this.table.slotsOf(waitingStart, waitingEnd, waiting, slots);
    for (let k = 0; k < waiting; k++) {
      const id = ~slots[k]!;
      const target = waitingFor[k]!;
      if (target >= 0) {
        (target & 1 ? to : from)[target >> 1] = id;
        continue;
      }
      const index = -1 - target;
      const first = this.declarationOf(id);
      if (first >= 0)
        throw declaredAgain(this.bytes, index, first, waitingStart[k]!, waitingEnd[k]!);
      this.declare(id, index);
    }
  }

  /** The index of the declaration of the name `id` stands for, or -1 when it has none (yet). */
  declarationOf(id: number): number {
    return id >= 0 ? this.numbered.declarationOf(id) : this.table.declarationOf(~id);
  }

  declare(id: number, index: number): void {
    if (id >= 0) this.numbered.declare(id, index);
    else this.table.declare(~id, index);
  }
}
