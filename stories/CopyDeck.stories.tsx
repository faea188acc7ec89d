import type { Meta, StoryObj } from '@storybook/react-vite';
import { useArgs } from 'storybook/preview-api';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SLB_ERROR_CATALOG } from '../src/core/index.ts';
import { CopyDeck, type CopyDeckArgs, DECK_PAGE_SIZES, deckStateFromArgs } from './copydeck/CopyDeck.tsx';
import { DECK_LANGUAGES, UTF8_BOM, buildDeckRows } from './copydeck/deck.ts';
import {
  CATALOG_ENTRIES,
  catalogFilterArgTypes,
  NO_FILTERS,
  catalogBody,
  encodeArgText,
  filterRows,
} from './gallery/rows.ts';
import { reviewedTitle } from './copydeck/reviewed.ts';
import { kitText } from './kitText.ts';
import { storyLocale } from './support/locale.ts';

const meta = {
  title: 'Catalog/Copy deck',
  component: CopyDeck,
  // The filters are the story's args: a change goes back through updateArgs, so Storybook keeps
  // it in the URL (`&args=intent:billing`), and a link with args opens the deck filtered.
  render: function Render(args) {
    const [, updateArgs] = useArgs<CopyDeckArgs>();
    return <CopyDeck {...args} onArgsChange={updateArgs} />;
  },
  args: { ...NO_FILTERS, page: 1, pageSize: 50 },
  argTypes: catalogFilterArgTypes(DECK_PAGE_SIZES),
} satisfies Meta<typeof CopyDeck>;

export default meta;
type Story = StoryObj<typeof meta>;

const TOTAL = CATALOG_ENTRIES.length;

/** The body rows of the deck's table (by selector: role queries over a big table are slow). */
const bodyRows = (canvasElement: HTMLElement) => [
  ...within(canvasElement).getByRole('table').querySelectorAll<HTMLTableRowElement>('tbody > tr'),
];

/** The count the deck announces (a status region). */
function rowCount(canvasElement: HTMLElement): number {
  const status = within(canvasElement).getByText(/^\d+ of \d+ rows/);
  if (status.getAttribute('role') !== 'status') throw new Error('The count is not a status region');
  return Number.parseInt(status.textContent ?? '', 10);
}

/** The row of catalog entry `id`, checked to be headed by its id. */
function rowOf(canvasElement: HTMLElement, id: string): HTMLTableRowElement {
  const row = bodyRows(canvasElement).find((candidate) => candidate.dataset['id'] === id);
  if (!row) throw new Error(`no row ${id}`);
  const header = row.cells[0]!;
  if (header.tagName !== 'TH' || header.getAttribute('scope') !== 'row' || !header.textContent?.startsWith(id))
    throw new Error(`row ${id} has no row header`);
  return row;
}

/**
 * Every catalog row, of every source, fifty a page. Its check holds for any args, so a shared
 * link (`&args=intent:quota;source:observed`) opens without a failed interaction.
 */
export const All: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const { filters, page, pageSize } = deckStateFromArgs(args);
    const rows = filterRows(buildDeckRows(), filters);
    const size = pageSize === 'all' ? Math.max(1, rows.length) : pageSize;
    const shown = Math.min(page, Math.max(1, Math.ceil(rows.length / size)));
    await expect(rowCount(canvasElement)).toBe(rows.length);
    await expect(bodyRows(canvasElement).map((row) => row.dataset['id'])).toEqual(
      rows.slice((shown - 1) * size, shown * size).map((row) => row.entry.id),
    );
    await expect(canvas.getByText(/^Page \d+ of \d+$/)).toBeVisible();
    const headers = canvas.getAllByRole('columnheader').map((header) => header.firstChild?.textContent);
    await expect(headers).toEqual([
      'ID',
      'Product',
      'Code',
      'HTTP',
      'Source',
      'Intent',
      'Family',
      'Surface',
      'Title',
      'Description',
      'Action',
    ]);
  },
};

/** The first page, of six. */
export const FirstPage: Story = {
  play: async ({ canvasElement }) => {
    await expect(rowCount(canvasElement)).toBe(TOTAL);
    await expect(bodyRows(canvasElement)).toHaveLength(50);
    await expect(bodyRows(canvasElement)[0]!.dataset['id']).toBe('slb-001');
    await expect(within(canvasElement).getByText(`Page 1 of ${Math.ceil(TOTAL / 50)}`)).toBeVisible();
  },
};

/** The last page: the codes observed in the field. */
export const LastPage: Story = {
  args: { page: Math.ceil(TOTAL / 50) },
  play: async ({ canvasElement }) => {
    const rows = bodyRows(canvasElement);
    await expect(rows).toHaveLength(TOTAL - 50 * (Math.ceil(TOTAL / 50) - 1));
    await expect(rows[rows.length - 1]!.dataset['id']).toBe(CATALOG_ENTRIES[CATALOG_ENTRIES.length - 1]!.id);
  },
};

/** The action column: the label the surface's primary action shows, in both languages, whatever the toolbar says. */
export const ActionLabels: Story = {
  args: { query: encodeArgText('Throttling.User') },
  play: async ({ canvasElement, globals }) => {
    const throttled = rowOf(canvasElement, 'common-Throttling.User');
    for (const language of DECK_LANGUAGES) {
      const label = kitText({ ...globals, locale: language }).ui.retry;
      await expect(throttled.querySelector(`td:last-child [lang="${language}"]`)).toHaveTextContent(label);
    }
  },
};

/** Choosing an intent narrows the table to it; the count says how far. */
export const FilterNarrows: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Intent' }), 'quota');
    const expected = filterRows(buildDeckRows(), { ...NO_FILTERS, intent: 'quota' }).length;
    await waitFor(() => expect(rowCount(canvasElement)).toBe(expected));
    await expect(expected).toBeLessThan(TOTAL);
    const rows = bodyRows(canvasElement);
    await expect(rows).toHaveLength(expected);
    for (const row of rows) await expect(row.cells[5]).toHaveTextContent('quota');
    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search' }));
    await userEvent.paste('listener');
    await waitFor(() => expect(rowCount(canvasElement)).toBeLessThan(expected));
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowCount(canvasElement)).toBe(TOTAL));
  },
};

/**
 * Opened from a link with args (`&args=source:observed;surface:banner;query:Acl_002e`): the
 * filters and the search box come back as they were, dots and all.
 */
export const FromUrlArgs: Story = {
  args: { source: 'observed', surface: 'banner', query: encodeArgText('Acl') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Source' })).toHaveValue('observed');
    await expect(canvas.getByRole('combobox', { name: 'Surface' })).toHaveValue('banner');
    await expect(canvas.getByRole('searchbox', { name: 'Search' })).toHaveValue('Acl');
    const expected = filterRows(buildDeckRows(), {
      ...NO_FILTERS,
      source: 'observed',
      surface: 'banner',
      query: 'Acl',
    });
    await expect(rowCount(canvasElement)).toBe(expected.length);
    for (const row of bodyRows(canvasElement)) await expect(row.cells[0]).toHaveTextContent(/^observed-/);
  },
};

/** A search with a dot, as the URL keeps it. */
export const SearchFromUrl: Story = {
  args: { query: encodeArgText('Throttling.User') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('searchbox', { name: 'Search' })).toHaveValue('Throttling.User');
    await expect(bodyRows(canvasElement).length).toBeGreaterThan(0);
    for (const row of bodyRows(canvasElement)) await expect(row).toHaveTextContent(/throttling\.user/i);
  },
};

/** The export links are Blob URLs: CSV with a byte order mark, JSON, of the filtered rows or of all. */
export const Export: Story = {
  args: { intent: 'billing' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const billing = filterRows(buildDeckRows(), { ...NO_FILTERS, intent: 'billing' }).length;
    const csv = canvas.getByRole('link', { name: `CSV, ${billing} rows` });
    await expect(csv).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    await expect(csv).toHaveAttribute('download', 'slb-copy-deck-filtered.csv');
    const bytes = new Uint8Array(await (await fetch(csv.getAttribute('href')!)).arrayBuffer());
    // UTF-8 with a byte order mark, so Excel reads the Chinese as Chinese.
    await expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    await expect(text.startsWith(UTF8_BOM)).toBe(true);
    await expect(text.trimEnd().split('\r\n')).toHaveLength(billing + 1);
    const json = canvas.getByRole('link', { name: `JSON, ${billing} rows` });
    await expect(json).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    await expect(JSON.parse(await (await fetch(json.getAttribute('href')!)).text())).toHaveLength(billing);

    await userEvent.click(canvas.getByRole('radio', { name: `All rows (${TOTAL})` }));
    const all = await canvas.findByRole('link', { name: `CSV, ${TOTAL} rows` });
    await expect(all).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    await expect(all).toHaveAttribute('download', 'slb-copy-deck-all.csv');
  },
};

/**
 * Changed wording previews in the toolbar's language: the row is marked, the new title shows
 * over the kit's own, and Clear puts the kit's words back.
 */
export const ImportWording: Story = {
  args: { query: 'slb-001' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const language = storyLocale(globals).base.tag;
    const title = reviewedTitle(globals);
    const kitTitle = kitText(globals).report(catalogBody(SLB_ERROR_CATALOG[0]!)).title;

    await userEvent.click(canvas.getByText('Preview changed wording'));
    await userEvent.click(canvas.getByRole('textbox', { name: 'Wording JSON' }));
    await userEvent.paste(JSON.stringify({ 'slb-001': { title } }));
    await userEvent.click(canvas.getByRole('button', { name: 'Preview' }));

    const row = rowOf(canvasElement, 'slb-001');
    const line = row.cells[8]!.querySelector(`[lang="${language}"]`)!;
    await waitFor(() => expect(line).toHaveTextContent(title));
    await expect(within(line as HTMLElement).getByText(kitTitle, { selector: 'del' })).toBeVisible();
    await expect(within(row).getByText('changed')).toBeVisible();
    await expect(canvas.getByText(/^Previewing 1 key in .*: 1 row changed\.$/)).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(line).toHaveTextContent(kitTitle));
    await expect(within(row).queryByText('changed')).toBeNull();
  },
};

/** Wrong input is a sentence, never an exception; the table stays as it was. */
export const ImportWordingInvalid: Story = {
  args: { query: 'slb-001' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Preview changed wording'));
    const box = canvas.getByRole('textbox', { name: 'Wording JSON' });
    await userEvent.click(box);
    await userEvent.paste('{ "slb-001": { "title": 5 } }');
    await userEvent.click(canvas.getByRole('button', { name: 'Preview' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('"slb-001".title: expected text, got a number.');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(box);
    await userEvent.paste('{ not json');
    await userEvent.click(canvas.getByRole('button', { name: 'Preview' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/^Not valid JSON: /);
    await expect(within(rowOf(canvasElement, 'slb-001')).queryByText('changed')).toBeNull();
  },
};

/** The toolbar in Chinese: the deck is the same two languages; imported wording would preview in Chinese. */
export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/previews in/)).toHaveTextContent('简体中文');
  },
};
export const Dark: Story = { args: { source: 'common' }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { source: 'common' }, globals: { theme: 'high-contrast' } };
export const RightToLeft: Story = { args: { source: 'common' }, globals: { dir: 'rtl' } };
