/**
 * The taxonomy's ids from what a title block or an officer writes: "Chủ tịch UBND tỉnh Ninh Bình"
 * → issuer chu-tich-ubnd-tinh and the unit "tỉnh Ninh Bình"; "… ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH
 * UBND TỈNH" → bang-khen-bo-tinh (the Bằng khen that this issuer confers); "hạng Nhì" → hang-nhi.
 * Pure. Unsure readings are returned as candidates, never guessed.
 */
import type { AwardType, Taxonomy } from '../schemas/taxonomy.ts';
import { foldKey } from './headers.ts';

/** Folded, with the usual abbreviations written out. */
function fold(text: string): string {
  return ` ${foldKey(text)} `
    .replace(/ ubnd /g, ' uy ban nhan dan ')
    .replace(/ hdnd /g, ' hoi dong nhan dan ')
    .replace(/ tp /g, ' thanh pho ')
    .trim();
}

/** "Chủ tịch Ủy ban nhân dân xã, phường" → "… xa", "… phuong"; a note in brackets left out. */
function issuerForms(name: string): string[] {
  const [first = '', ...others] = name
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((piece) => fold(piece));
  const prefix = first.split(' ').slice(0, -1).join(' ');
  return [first, ...others.map((piece) => `${prefix} ${piece}`), ...others.filter((p) => p.split(' ').length >= 3)];
}

export interface IssuerMatch {
  id: string;
  /** What follows the issuer's name: the unit, with its type word ("tinh ninh binh"). */
  unitText?: string | undefined;
}

/** The issuer a text names, and the unit after it, or undefined. */
export function matchIssuer(text: string, taxonomy: Taxonomy): IssuerMatch | undefined {
  const key = fold(text);
  let best: { id: string; form: string } | undefined;
  for (const issuer of taxonomy.issuers) {
    if (issuer.id === text.trim()) return { id: issuer.id };
    for (const form of issuerForms(issuer.name)) {
      if ((key === form || key.startsWith(`${form} `)) && form.length > (best?.form.length ?? 0)) {
        best = { id: issuer.id, form };
      }
    }
  }
  if (!best) return undefined;
  const rest = key.slice(best.form.length).trim();
  // The type word the issuer's name ends with belongs to the unit: "… tinh" + "ninh binh".
  const type = /(?:tinh|huyen|xa|phuong|thanh pho)$/.exec(best.form)?.[0];
  return { id: best.id, ...(rest ? { unitText: type && !rest.startsWith(type) ? `${type} ${rest}` : rest } : {}) };
}

export interface AwardMatch {
  /** The award, when one reading is certain. */
  id?: string | undefined;
  /** The awards the text could mean, when more than one. */
  candidates: AwardType[];
  /** The class the text gives ("hạng Nhì"), if any. */
  class?: string | undefined;
  /** The text it was read from. */
  text: string;
}

const CLASSES: Record<string, string> = { nhat: 'hang-nhat', nhi: 'hang-nhi', ba: 'hang-ba' };

/** "hang-nhi", "Nhì", "hạng Nhì" → hang-nhi. */
export function matchClass(text: string): string | undefined {
  const key = foldKey(text).replace(/^hang\s*/, '');
  return CLASSES[key] ?? (Object.values(CLASSES).includes(text.trim()) ? text.trim() : undefined);
}

/**
 * The award a line names: its full name ("Chiến sĩ thi đua cơ sở", the longest that fits), or
 * its common part ("Bằng khen", before "của …") narrowed to the awards the issuer confers.
 */
export function matchAward(text: string, taxonomy: Taxonomy, issuer?: string): AwardMatch | undefined {
  const key = ` ${fold(text)} `;
  const byName = taxonomy.awards
    .filter((award) => award.id === text.trim() || key.includes(` ${fold(award.name)} `))
    .sort((a, b) => b.name.length - a.name.length);
  const klass = / hang (nhat|nhi|ba) /.exec(key)?.[1];
  const withClass = { ...(klass ? { class: CLASSES[klass] } : {}), text };
  if (byName[0]) return { id: byName[0].id, candidates: [], ...withClass };
  const core = (award: AwardType) => fold(award.name.split(/ của /u)[0] ?? award.name);
  const byCore = taxonomy.awards.filter((award) => key.includes(` ${core(award)} `));
  if (!byCore.length) return undefined;
  const longest = Math.max(...byCore.map((award) => core(award).length));
  const candidates = byCore.filter((award) => core(award).length === longest);
  const fitting = issuer ? candidates.filter((award) => award.issuers.includes(issuer)) : candidates;
  if (fitting.length === 1) return { id: (fitting[0] as AwardType).id, candidates: [], ...withClass };
  return { candidates: fitting.length ? fitting : candidates, ...withClass };
}
