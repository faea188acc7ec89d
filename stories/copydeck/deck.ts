// The copy deck: every catalog row with the kit's words for it in English and Simplified
// Chinese (title, description, and the label of the action its surface offers), and its
// exports. Pure functions: the story renders them, test/stories/copydeck.test.ts checks them.
import { PRIMARY_LABEL, primaryLinkOf } from '../../src/components/actions/primary.ts';
import { SLB_UI_STRINGS_EN } from '../../src/components/strings.ts';
import type {
  SlbClassifyOptions,
  SlbDocumentedRow,
  SlbErrorReport,
  SlbLocaleOption,
  SlbLocaleTag,
  SlbUiStrings,
} from '../../src/core/index.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { albZhCN } from '../../src/locales/alb/zh-CN.ts';
import { en } from '../../src/locales/en.ts';
import { nlbEn } from '../../src/locales/nlb/en.ts';
import { nlbZhCN } from '../../src/locales/nlb/zh-CN.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { CATALOG_ENTRIES, type FilterableRow, classifyEntry, haystackOf } from '../gallery/rows.ts';
import type { WordingOverrides } from './wording.ts';

/** The deck's two languages. */
export const DECK_LANGUAGES = ['en', 'zh-CN'] as const satisfies readonly SlbLocaleTag[];
export type DeckLanguage = (typeof DECK_LANGUAGES)[number];

export const LANGUAGE_NAME: Readonly<Record<DeckLanguage, string>> = { en: 'English', 'zh-CN': '简体中文' };

const LOCALES: Readonly<Record<DeckLanguage, SlbLocaleOption>> = {
  en: [en, albEn, nlbEn],
  'zh-CN': [zhCN, albZhCN, nlbZhCN],
};

/** Component strings per language, merged the way `useSlbStrings` merges them. */
export const DECK_UI_STRINGS: Readonly<Record<DeckLanguage, SlbUiStrings>> = {
  en: { ...SLB_UI_STRINGS_EN, ...en.ui },
  'zh-CN': { ...SLB_UI_STRINGS_EN, ...zhCN.ui },
};

/**
 * The label of the primary action a Toast or Banner shows for `report`, or `null` where it shows
 * none: the `usePrimaryAction` rules (src/components/actions/primary.ts) for a surface whose
 * operation can be retried and with the provider's defaults for sign-in and refresh. The unit test
 * holds the two together.
 */
export function primaryActionLabel(report: SlbErrorReport, strings: SlbUiStrings): string | null {
  const { intent } = report;
  if (intent === 'none') {
    // An error nobody recognised asks the user to open a ticket, and offers one.
    return report.family === 'unknown' && report.links.ticket !== undefined ? strings.openTicket : null;
  }
  const key = PRIMARY_LABEL[intent];
  if (key === null) return null;
  // Retry, refresh and the access request are buttons; the others follow a link, when there is one.
  const link = intent === 'retry' || intent === 'refresh' || intent === 'permission' ? null : primaryLinkOf(intent);
  if (link !== null && report.links[link] === undefined) return null;
  return strings[key];
}

export interface DeckWording {
  readonly title: string;
  readonly description: string;
  /** The primary action's label; `null` where the surface offers none. */
  readonly action: string | null;
}

export interface DeckRow extends FilterableRow {
  /** What the kit shows, per language (with the previewed wording in its language). */
  readonly wording: Readonly<Record<DeckLanguage, DeckWording>>;
  /** The kit's own words where the previewed wording changed them. */
  readonly was: Readonly<Partial<Record<DeckLanguage, DeckWording>>>;
}

export interface DeckOptions {
  /** Site, links and the app's own text overrides (the surrounding provider's). */
  readonly classify?: SlbClassifyOptions | undefined;
  /** Changed wording to preview, in `previewLanguage`. */
  readonly preview?: WordingOverrides | null | undefined;
  /** The language the preview is in: the toolbar's. @defaultValue 'en' */
  readonly previewLanguage?: SlbLocaleTag | undefined;
}

function wordingOf(report: SlbErrorReport, language: DeckLanguage): DeckWording {
  return {
    title: report.title,
    description: report.description,
    action: primaryActionLabel(report, DECK_UI_STRINGS[language]),
  };
}

const sameWords = (a: DeckWording, b: DeckWording) => a.title === b.title && a.description === b.description;

/** One deck row per catalog row, in catalog order. */
export function buildDeckRows(
  options: DeckOptions = {},
  entries: readonly SlbDocumentedRow[] = CATALOG_ENTRIES,
): DeckRow[] {
  const { classify = {}, preview = null, previewLanguage = 'en' } = options;
  const previewText = preview === null ? null : { ...classify.text, ...preview };
  return entries.map((entry) => {
    const wording = {} as Record<DeckLanguage, DeckWording>;
    const was: Partial<Record<DeckLanguage, DeckWording>> = {};
    let report: SlbErrorReport | null = null;
    for (const language of DECK_LANGUAGES) {
      const base = { ...classify, locale: LOCALES[language] };
      const own = classifyEntry(entry, base);
      report ??= own;
      const kit = wordingOf(own, language);
      if (previewText !== null && language === previewLanguage) {
        const shown = wordingOf(classifyEntry(entry, { ...base, text: previewText }), language);
        wording[language] = shown;
        if (!sameWords(shown, kit)) was[language] = kit;
      } else {
        wording[language] = kit;
      }
    }
    const texts = [...Object.values(wording), ...Object.values(was)].flatMap((words) => [
      words.title,
      words.description,
    ]);
    return { entry, report: report!, wording, was, haystack: haystackOf(entry, texts) };
  });
}

export function isChanged(row: DeckRow): boolean {
  return Object.keys(row.was).length > 0;
}

/** The export's columns, in order: what each cell holds. */
export const DECK_COLUMNS: readonly (readonly [header: string, cell: (row: DeckRow) => string | number])[] = [
  ['id', (row) => row.entry.id],
  ['product', (row) => row.entry.product],
  ['code', (row) => row.entry.code],
  ['status', (row) => row.entry.status],
  ['source', (row) => row.entry.source],
  ['intent', (row) => row.report.intent],
  ['family', (row) => row.report.family],
  ['surface', (row) => row.report.surface],
  ['field', (row) => row.report.field ?? ''],
  ...DECK_LANGUAGES.flatMap((language) => [
    [`title_${language}`, (row: DeckRow) => row.wording[language].title] as const,
    [`description_${language}`, (row: DeckRow) => row.wording[language].description] as const,
    [`action_${language}`, (row: DeckRow) => row.wording[language].action ?? ''] as const,
  ]),
  ['changed', (row) => (isChanged(row) ? 'yes' : '')],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled.
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return, and is not a number) gets a leading apostrophe, which spreadsheets show as plain text.
 */
export function csvField(value: string | number): string {
  const raw = String(value);
  const text = /^[=+\-@\t\r]/.test(raw) && !/^[+-]?\d+(\.\d+)?$/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A byte order mark, so Excel reads the file as UTF-8 (and the Chinese as Chinese). */
export const UTF8_BOM = '\uFEFF';

/** The rows as CSV (RFC 4180: CRLF line ends, a header line), UTF-8 with a byte order mark. */
export function toCsv(rows: readonly DeckRow[]): string {
  const lines = [
    DECK_COLUMNS.map(([header]) => csvField(header)).join(','),
    ...rows.map((row) => DECK_COLUMNS.map(([, cell]) => csvField(cell(row))).join(',')),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** The rows as JSON: the facts, and the words per language. */
export function toJson(rows: readonly DeckRow[]): string {
  const data = rows.map((row) => ({
    id: row.entry.id,
    code: row.entry.code,
    status: row.entry.status,
    source: row.entry.source,
    intent: row.report.intent,
    family: row.report.family,
    surface: row.report.surface,
    field: row.report.field,
    message: row.entry.message,
    ...Object.fromEntries(DECK_LANGUAGES.map((language) => [language, row.wording[language]])),
    changed: isChanged(row),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * The rows' words in one language, in the shape the import (and the kit's `text` option) takes:
 * edit it, import it, and the deck marks what changed.
 */
export function toTextOption(rows: readonly DeckRow[], language: DeckLanguage): string {
  const text = Object.fromEntries(
    rows.map((row) => [
      row.entry.id,
      { title: row.wording[language].title, description: row.wording[language].description },
    ]),
  );
  return `${JSON.stringify(text, null, 2)}\n`;
}
