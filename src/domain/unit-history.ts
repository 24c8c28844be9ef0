/**
 * A unit's lineage after the mergers: the units that merged into it, directly or through
 * others. Pure: works on plain { id, successor } records.
 */
export interface Lineage {
  id: string;
  successor?: string | undefined;
}

/** Every unit whose chain of successors leads to `id`, nearest first. Cycles are ignored. */
export function predecessorsOf(id: string, units: Iterable<Lineage>): string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.successor) continue;
    const list = children.get(unit.successor) ?? [];
    list.push(unit.id);
    children.set(unit.successor, list);
  }
  const out: string[] = [];
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const current = queue.shift() as string;
    for (const child of children.get(current) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** The name a unit had on a date: the earliest former name still in use then, else its name. */
export function nameOn(
  unit: { name: string; formerNames: readonly { name: string; until: Date }[] },
  date: Date,
): string {
  const current = [...unit.formerNames]
    .sort((a, b) => a.until.getTime() - b.until.getTime())
    .find((f) => f.until >= date);
  return current?.name ?? unit.name;
}
