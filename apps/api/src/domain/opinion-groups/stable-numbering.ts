import type { PreviousAssignment } from "./types.ts";

/**
 * Gives each new cluster a group number. A cluster keeps an earlier group's
 * number when most of its members (more than half) were in that group; pairs
 * are matched greedily by overlap. Clusters without such a predecessor take
 * the smallest free numbers, bigger clusters first. Numbers start at 1.
 *
 * `members[j]` lists the participant ids of cluster j, each sorted by id.
 */
export function numberGroups(members: string[][], previous: PreviousAssignment | null): number[] {
  const numbers: Array<number | null> = members.map(() => null);
  const taken = new Set<number>();
  if (previous) {
    const pairs: Array<{ cluster: number; group: number; overlap: number }> = [];
    members.forEach((ids, cluster) => {
      const counts = new Map<number, number>();
      for (const id of ids) {
        const group = previous[id];
        if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
      }
      for (const [group, overlap] of counts)
        if (overlap * 2 > ids.length) pairs.push({ cluster, group, overlap });
    });
    pairs.sort((a, b) => b.overlap - a.overlap || a.group - b.group || a.cluster - b.cluster);
    for (const pair of pairs) {
      if (numbers[pair.cluster] !== null || taken.has(pair.group)) continue;
      numbers[pair.cluster] = pair.group;
      taken.add(pair.group);
    }
  }
  const order = members
    .map((ids, cluster) => ({ cluster, size: ids.length, first: ids[0] ?? "" }))
    .sort((a, b) => b.size - a.size || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  let next = 1;
  for (const { cluster } of order) {
    if (numbers[cluster] !== null) continue;
    while (taken.has(next)) next++;
    numbers[cluster] = next;
    taken.add(next);
  }
  return numbers.map((n) => n ?? 0);
}
