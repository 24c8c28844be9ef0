/**
 * What every source reader (feed, WordPress export, saved page) hands to the converter: one old
 * story as the old portal had it, its body still HTML. Pure data.
 */

/** A picture found with the story (in its body, a gallery or the feed's enclosure). */
export interface SourceImage {
  /** The address as written in the source: relative to the page, a path, or an https URL. */
  src: string;
  /** The image's own alternative text, when it has a meaningful one. */
  alt?: string | undefined;
  /** The caption printed under it. */
  caption?: string | undefined;
}

export interface SourceItem {
  /** Where it came from, for the report: a file, or a file and the item's position. */
  origin: string;
  /** Its addresses on the old portal (paths, with their query string when they need one). */
  oldAddresses: string[];
  /** The old page's full address, when known (to resolve relative links and images). */
  url?: string | undefined;
  title: string;
  /** Publication time, when the source gives it as a machine date. */
  date?: Date | undefined;
  /** Publication date as the page prints it ("17:43, 30/03/2023"), when no machine date was found. */
  dateText?: string | undefined;
  /** The lead (sapo) as plain text, when the source marks one. */
  lead?: string | undefined;
  /** The body as HTML. */
  html: string;
  /** Bylines the source names (the body's own byline line is read later). */
  authors: string[];
  /** The old portal's categories, as named there. */
  categories: string[];
  tags: string[];
  /** Pictures the source lists apart from the body (gallery shortcode, enclosure). */
  images: SourceImage[];
  /** Folder the source file sits in, to find pictures saved beside it. */
  baseDir?: string | undefined;
  /** The feed gave only a summary: the story is written as a draft. */
  summaryOnly?: boolean | undefined;
  /** Not published on the old portal (a WordPress draft). */
  draft?: boolean | undefined;
}

/** An item the reader could not turn into a story, with why. */
export interface SkippedItem {
  origin: string;
  title?: string | undefined;
  vi: string;
  en: string;
}

export interface SourceRead {
  /** Feed, WordPress export, saved pages. */
  kind: 'feed' | 'wxr' | 'pages';
  items: SourceItem[];
  skipped: SkippedItem[];
}
