/**
 * What each share card draws. A card's model holds exactly the text it prints, already
 * formatted: the templates only lay it out, and the cache key (cache.ts) is a hash of it, so a
 * change to anything drawn, and only that, redraws the card.
 */

/** The site's identity, on every card. */
export interface CardSite {
  name: string;
  /** Host shown in the footer: `bangvang.example.vn`. */
  host: string;
  /** Set on demo sites ("Dữ liệu mẫu"): printed on every card, so a shared card cannot pass for real. */
  demoLabel?: string | undefined;
}

/** What every card has: the site, and the section named in the masthead band ("Tin tức"). */
interface CardCommon {
  site: CardSite;
  section: string;
}

/** A big number (or short word) with its label: `45` `cá nhân`. */
export interface Figure {
  value: string;
  label: string;
}

export interface StoryCard extends CardCommon {
  kind: 'story';
  category: string;
  title: string;
  /** `Thứ Tư, 21/01/2026` */
  date: string;
}

export interface DecisionCard extends CardCommon {
  kind: 'decision';
  /** `Quyết định khen thưởng`, or `Đề nghị khen thưởng` for a proposal. */
  kicker: string;
  /** Award with its class: `Huân chương Lao động hạng Ba`. */
  award: string;
  /** `Số 1234/QĐ-UBND` */
  number: string;
  issuer: string;
  /** `Đã thu hồi` for a revoked decision, printed as a badge. */
  status?: string | undefined;
  /** Recipients by kind, then the year of achievement. */
  figures: Figure[];
  /** `Ký ngày 15/01/2026` */
  signed: string;
}

export interface ConsultationCard extends CardCommon {
  kind: 'consultation';
  /** The award proposed, with its class: `Huân chương Lao động hạng Ba`. */
  award: string;
  /** The notice's title. */
  title: string;
  /** The body that proposes and consults. */
  proposer: string;
  /** People and collectives proposed, by kind; then the working days. */
  figures: Figure[];
  /** `Từ 04/12/2026 đến hết 24/12/2026`: no status (a shared card is cached for days). */
  window: string;
}

export interface ExemplarCard extends CardCommon {
  kind: 'exemplar';
  name: string;
  /** `Điển hình tiên tiến · Cá nhân · 2025` */
  kicker: string;
  position?: string | undefined;
  unit?: string | undefined;
  field?: string | undefined;
  /**
   * The portrait as a file on disk. The cache key uses a hash of its bytes (never the path);
   * the renderer embeds it as a data URL (`src`) made from that file.
   */
  portrait?: { path: string; src?: string | undefined } | undefined;
}

export interface EntityCard extends CardCommon {
  /** Units, clusters and movements share one layout: a kicker, a name, a line, figures. */
  kind: 'unit' | 'cluster' | 'movement';
  kicker: string;
  name: string;
  /** One line under the name: a theme, a former name, who launched a movement. */
  line?: string | undefined;
  figures: Figure[];
}

export interface HomeCard extends CardCommon {
  kind: 'home';
  tagline?: string | undefined;
  organisation: string;
  figures: Figure[];
}

export type CardModel = StoryCard | DecisionCard | ConsultationCard | ExemplarCard | EntityCard | HomeCard;
export type CardKind = CardModel['kind'];
