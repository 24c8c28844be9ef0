/**
 * The parts of the /tim-kiem/ page (src/pages/tim-kiem/index.astro) that its script fills in and
 * listens to, found once; and the interface strings the page hands the script.
 */
import type { FilterKey } from '../keys.ts';

/** The few strings the script needs (the page serialises them), rather than the whole dictionary. */
export type Strings = Record<string, string> & {
  filterLabels: Record<FilterKey, string>;
  /** Each year that has an honour roll page → its address. */
  rolls: Record<string, string>;
};

export const find = <T extends Element>(root: ParentNode, selector: string) => root.querySelector(selector) as T;

/** The page's parts the script fills in and listens to. */
export function pageElements(root: HTMLElement) {
  const form = find<HTMLFormElement>(root, 'form');
  const oldOption = find<HTMLElement>(form, '[data-old]');
  const rollNote = find<HTMLElement>(root, '[data-roll-note]');
  const rollLinks = find<HTMLElement>(rollNote, '[data-roll-links]');
  return {
    form,
    input: find<HTMLInputElement>(form, 'input[name="q"]'),
    sortSelect: find<HTMLSelectElement>(form, 'select'),
    details: find<HTMLDetailsElement>(form, 'details'),
    facets: find<HTMLElement>(form, '[data-facets]'),
    sortNote: find<HTMLElement>(form, '[data-sort-note]'),
    activeCount: find<HTMLElement>(form, '[data-active-filters]'),
    clear: find<HTMLButtonElement>(form, '[data-clear]'),
    oldOption,
    oldBox: find<HTMLInputElement>(oldOption, 'input'),
    status: find<HTMLElement>(root, '[data-status]'),
    list: find<HTMLOListElement>(root, '[data-results]'),
    more: find<HTMLButtonElement>(root, '[data-more]'),
    oldHint: find<HTMLElement>(root, '[data-old-hint]'),
    rollNote,
    rollLinks,
    /** The roll note's own link to the whole honour roll, shown when no year is chosen. */
    wholeRoll: [...rollLinks.childNodes],
  };
}

export type PageElements = ReturnType<typeof pageElements>;
