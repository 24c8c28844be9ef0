/**
 * The masthead as the footer lists it: one entry per role, in the order site.yaml first names
 * it, with every person who holds it. Two editors are one "Biên tập viên" with two names (a
 * description list may name a term once: the Nu checker warns on a repeated <dt>).
 */
export interface MastheadRole {
  role: string;
  names: string[];
}

export function groupMasthead(people: readonly { role: string; name: string }[]): MastheadRole[] {
  const roles = new Map<string, string[]>();
  for (const { role, name } of people) {
    const names = roles.get(role);
    if (names) names.push(name);
    else roles.set(role, [name]);
  }
  return [...roles].map(([role, names]) => ({ role, names }));
}
