/**
 * The signer from a signature block: the role lines above the signature ("KT. CHỦ TỊCH", "PHÓ CHỦ
 * TỊCH") make the position, joined as the content model writes it ("KT. CHỦ TỊCH – PHÓ CHỦ
 * TỊCH"); the line under the signing mark ("(Đã ký)") is the name. "Nơi nhận" and its list, on
 * the left of the same rows, are not part of it.
 */
import { isPlaceDate, isRecipientsList, isRole, isSigningMark } from './furniture.ts';
import type { Line } from './structure.ts';

export interface SignerRead {
  position: string;
  name: string;
  /** The name as printed, when it was written in capitals and is given here in the usual case. */
  nameAsPrinted?: string;
  /** The lines it was read from. */
  lines: Line[];
}

/** "TRẦN ANH DŨNG" → "Trần Anh Dũng". */
function properCase(name: string): string {
  return name
    .toLocaleLowerCase('vi')
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
}

const looksLikeName = (text: string) =>
  /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){1,5}$/u.test(text) && !isRole(text) && !isSigningMark(text);

/**
 * The first signature block among the lines: from its first role line, the roles (and lines in
 * capitals right after them), then the first line that reads as a name. Undefined without a role.
 */
export function readSigner(lines: Line[]): SignerRead | undefined {
  // A block opens with its signing mark (KT., TM.) when it has one.
  const marked = lines.findIndex((line) => isRole(line.text) && /^(?:KT|TM|TL|TUQ|Q|KTL)\b/iu.test(line.text));
  const start = marked >= 0 ? marked : lines.findIndex((line) => isRole(line.text));
  if (start < 0) return undefined;
  // The block stands in the right-hand columns: lines left of its first role belong to "Nơi nhận".
  const column = (lines[start] as Line).column;
  const block = lines
    .slice(start)
    .filter((line) => line.column >= column && !isRecipientsList(line.text) && !isPlaceDate(line.text));
  const roles: Line[] = [];
  for (const line of block) {
    if (isSigningMark(line.text)) continue;
    const capitals = line.text === line.text.toLocaleUpperCase('vi');
    const shortCapitals = capitals && line.text.split(' ').length <= 5 && !line.text.endsWith(':');
    if (
      isRole(line.text) ||
      (shortCapitals && roles.length && roles.length < 3 && !looksLikeName(properCase(line.text)))
    ) {
      roles.push(line);
      continue;
    }
    if (!roles.length) continue;
    if (looksLikeName(line.text) || (capitals && looksLikeName(properCase(line.text)))) {
      const name = capitals ? properCase(line.text) : line.text;
      return {
        position: roles.map((role) => role.text).join(' – '),
        name,
        ...(name === line.text ? {} : { nameAsPrinted: line.text }),
        lines: [...roles, line],
      };
    }
  }
  return undefined;
}
