/**
 * /admin/nhap/widget.js: the `bang-vang-annex` field of the browser editor (a decision's or a
 * notice's `recipientsFile`). An officer picks an Excel, Word or CSV annex; the importer
 * (importer.js, loaded only then) reads it as `npm run import` does and the field shows the
 * report row by row. While a row is rejected, isValid() refuses the save; when the list is clean,
 * its CSV is handed to Sveltia (addFile), which commits it beside the entry's file when the entry
 * is saved, and the field holds its name. Loaded right after sveltia-cms.js (src/pages/[admin]/
 * index.astro), which lends React as window.h and window.createClass (Sveltia CMS 0.221's custom
 * field API: CMS.registerFieldType, props value, onChange, entry, addFile).
 */
import { ANNEX_WORDS, type Bilingual } from '../../../i18n/cms-annex.ts';
import { ANNEX_FIELD_TYPE } from '../field-config.ts';
import type { AnnexRequest } from '../import-in-editor.ts';
import type { AnnexCollection } from '../form-input.ts';
import type { AnnexReport } from '../report.ts';
import { bilingual, reportView, type Child, type CreateElement } from './report-view.ts';

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): Record<string, unknown>;
}

interface Props {
  value: unknown;
  field: ImmutableMap;
  forID: string;
  entry?: ImmutableMap | undefined;
  onChange: (value: unknown) => void;
  addFile: (file: File) => Promise<string>;
}

type Options = NonNullable<AnnexRequest['options']>;

interface State {
  reading: boolean;
  report?: AnnexReport | undefined;
  failure?: Bilingual | undefined;
  options: Options;
}

type Outcome = Pick<State, 'report' | 'failure'>;

interface Control {
  props: Props;
  state: State;
  setState(state: Partial<State>): void;
  /** The file being imported, and the field's value before any import. */
  file?: File | undefined;
  before?: unknown;
  pending?: Promise<void> | undefined;
  /** What the import gave, at once (React applies `state` later): what isValid() reads. */
  outcome?: Outcome | undefined;
  pick(event: { target: HTMLInputElement }): void;
  run(options?: Options): void;
  read(file: File, options: Options): Promise<Outcome>;
  toggle(box: keyof Options): void;
  discard(): void;
}

interface SveltiaGlobals {
  CMS: { registerFieldType(name: string, control: unknown): void };
  h: CreateElement;
  createClass(spec: Record<string, unknown>): unknown;
}

const globals = window as unknown as SveltiaGlobals;
// Beside this script, whatever the site's base path: read while the script runs.
const IMPORTER = new URL('importer.js', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href)
  .href;

type Importer = { importFile(file: File, request: AnnexRequest): Promise<AnnexReport> };

const BOXES: (keyof Options)[] = ['convertLegacy', 'freeTextUnits', 'includeHidden'];

/** Sveltia's buttons are styled by its own scoped classes: this looks like them, inline. */
const BUTTON = {
  font: 'inherit',
  padding: '4px 12px',
  borderRadius: '4px',
  border: '1px solid var(--sui-control-border-color, #999)',
  background: 'var(--sui-secondary-background-color, #eee)',
  color: 'inherit',
  cursor: 'pointer',
};

/** The entry's list typed in the form (recipients), if any. */
function typedList(entry: ImmutableMap | undefined): number {
  const list = entry?.getIn(['data', 'recipients']) as { size?: number } | undefined;
  return list?.size ?? 0;
}

const control = {
  getInitialState(this: Control): State {
    return { reading: false, options: {} };
  },

  /** Sveltia asks before saving (and whenever the entry changes); a message stops the save. */
  async isValid(this: Control): Promise<true | { error: { message: string } }> {
    await this.pending;
    const { report, failure } = this.outcome ?? {};
    const refuse = (text: Bilingual) => ({ error: { message: `${text.vi} / ${text.en}` } });
    if (failure) return refuse(failure);
    if (report && !report.ok) return refuse(ANNEX_WORDS.refuseSave(report.rejected));
    if (report && typedList(this.props.entry)) return refuse(ANNEX_WORDS.bothLists);
    if (!report && !this.props.value && !typedList(this.props.entry)) return refuse(ANNEX_WORDS.noList);
    return true;
  },

  pick(this: Control, event: { target: HTMLInputElement }): void {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (this.file === undefined) this.before = this.props.value;
    this.file = file;
    this.run();
  },

  run(this: Control, options: Options = this.state.options): void {
    const file = this.file;
    if (!file) return;
    this.outcome = {};
    this.setState({ reading: true, report: undefined, failure: undefined, options });
    // The value changes at once (to something else than it is), so that Sveltia validates the
    // field again now, isValid() waiting for the verdict; the value changes to the list's only
    // once Sveltia has the verdict, so that the field's message is shown or cleared with it.
    this.props.onChange(this.props.value === file.name ? '' : file.name);
    const report = this.read(file, options);
    this.pending = report.then((outcome) => {
      if (this.file === file) this.outcome = outcome;
    });
    void report.then(async (outcome) => {
      const csv = outcome.report?.ok ? outcome.report : undefined;
      const value =
        csv?.csv && csv.csvName
          ? await this.props.addFile(new File([csv.csv], csv.csvName, { type: 'text/csv' }))
          : file.name;
      await new Promise((resolve) => setTimeout(resolve));
      if (this.file !== file) return;
      this.setState({ reading: false, ...outcome });
      this.props.onChange(value);
    });
  },

  /** The importer's report on a file, or why it could not be had. */
  async read(this: Control, file: File, options: Options): Promise<Outcome> {
    const request: AnnexRequest = {
      collection: this.props.field.get('collection') as AnnexCollection,
      form: this.props.entry?.get('data') ? (this.props.entry.get('data') as ImmutableMap).toJS() : {},
      slug: (this.props.entry?.get('slug') as string | undefined) || undefined,
      options,
    };
    try {
      const importer = (await import(/* @vite-ignore */ IMPORTER)) as Importer;
      return { report: await importer.importFile(file, request) };
    } catch (error) {
      console.error(error);
      return { failure: ANNEX_WORDS.loadFailed };
    }
  },

  toggle(this: Control, box: keyof Options): void {
    this.run({ ...this.state.options, [box]: !this.state.options[box] });
  },

  discard(this: Control): void {
    this.file = undefined;
    this.pending = undefined;
    this.outcome = undefined;
    this.setState({ reading: false, report: undefined, failure: undefined });
    this.props.onChange(this.before ?? '');
  },

  render(this: Control): Child {
    const h = globals.h;
    const { reading, report, failure, options } = this.state;
    const value = typeof this.props.value === 'string' ? this.props.value : '';
    const current = !this.file && value ? h('p', null, `${ANNEX_WORDS.current.vi} `, h('code', null, value)) : null;
    // A button of our own words: the browser's file input speaks the browser's language.
    const input = h(
      'div',
      { style: { margin: '4px 0' } },
      h(
        'button',
        {
          id: this.props.forID,
          type: 'button',
          title: ANNEX_WORDS.choose.en,
          disabled: reading,
          style: BUTTON,
          onClick: (event: { currentTarget: HTMLElement }) =>
            event.currentTarget.parentElement?.querySelector('input')?.click(),
        },
        ANNEX_WORDS.choose.vi,
      ),
      h('input', {
        type: 'file',
        hidden: true,
        accept: '.xlsx,.docx,.csv,.txt',
        onChange: (event: { target: HTMLInputElement }) => this.pick(event),
      }),
    );
    const boxes = this.file
      ? h(
          'fieldset',
          { style: { border: 0, padding: 0, margin: '8px 0' } },
          ...BOXES.map((box) =>
            h(
              'label',
              { key: box, style: { display: 'block' }, title: ANNEX_WORDS[box].en },
              h('input', { type: 'checkbox', checked: Boolean(options[box]), onChange: () => this.toggle(box) }),
              ` ${ANNEX_WORDS[box].vi}`,
            ),
          ),
          h('button', { type: 'button', style: BUTTON, onClick: () => this.discard() }, ANNEX_WORDS.discard.vi),
        )
      : null;
    return h(
      'div',
      { className: 'bang-vang-annex' },
      current,
      input,
      h(
        'div',
        { style: { color: 'var(--sui-secondary-foreground-color)', fontSize: 'var(--sui-font-size-small)' } },
        ANNEX_WORDS.accept.vi,
      ),
      reading ? h('p', { role: 'status' }, ANNEX_WORDS.reading.vi) : null,
      failure ? h('div', { role: 'alert' }, bilingual(h, failure)) : null,
      report ? reportView(h, report) : null,
      report?.ok && typeof this.before === 'string' && /^[\w.-]+\.csv$/.test(this.before)
        ? h('div', { role: 'note', style: { margin: '8px 0' } }, bilingual(h, ANNEX_WORDS.replaces(this.before)))
        : null,
      boxes,
    );
  },
};

globals.CMS.registerFieldType(ANNEX_FIELD_TYPE, globals.createClass(control));
