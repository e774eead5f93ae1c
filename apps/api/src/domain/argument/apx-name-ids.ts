import { ApxNameTable } from "./apx-name-table.ts";
import { NumberedNames } from "./apx-numbered-names.ts";

/**
 * What stands for a name while an APX file is read: its number when it is
 * numbered (apx-numbered-names.ts), else the complement (`~slot`, negative)
 * of its slot in the hash table. Ids are turned into declaration indices at
 * the end, when every declaration is known.
 */
export class ApxNameIds {
  private readonly numbered: NumberedNames;
  private readonly table: ApxNameTable;

  /** `expected`: about how many names there will be. */
  constructor(bytes: Uint8Array, expected: number) {
    this.numbered = new NumberedNames(bytes, 4 * expected + 1024);
    this.table = new ApxNameTable(bytes, expected);
  }

  /** The id of the name at `bytes[start, end)`. */
  idOf(start: number, end: number): number {
    const number = this.numbered.numberOf(start, end);
    return number >= 0 ? number : ~this.table.slotOf(start, end);
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
