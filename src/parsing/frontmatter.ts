/** Split a Markdown/MDX file into its YAML frontmatter and its body. */

export interface SplitFrontmatter {
  /** The YAML between the `---` fences (empty when there is none). */
  yaml: string;
  /** Number of lines before the YAML starts (the opening fence), to report whole-file lines. */
  yamlLineOffset: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** False when the file has no frontmatter block. */
  found: boolean;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitFrontmatter {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: '', yamlLineOffset: 0, body: source, found: false };
  return { yaml: match[1] ?? '', yamlLineOffset: 1, body: source.slice(match[0].length), found: true };
}
