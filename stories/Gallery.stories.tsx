import type { Meta, StoryObj } from '@storybook/react-vite';
import { useArgs } from 'storybook/preview-api';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SLB_COMMON_ERRORS, SLB_OBSERVED_ERRORS, SLB_ERROR_CATALOG, classifySlbError } from '../src/core/index.ts';
import { en } from '../src/locales/en.ts';
import { zhCN } from '../src/locales/zh-CN.ts';
import { reviewedTitle } from './copydeck/reviewed.ts';
import {
  CatalogGallery,
  type CatalogGalleryArgs,
  PAGE_SIZES,
  galleryStateFromArgs,
} from './gallery/CatalogGallery.tsx';
import { paginate } from './gallery/pages.ts';
import {
  CATALOG_ENTRIES,
  catalogFilterArgTypes,
  type CatalogFilters,
  NO_FILTERS,
  buildGalleryRows,
  catalogBody,
  filterRows,
} from './gallery/rows.ts';
import { kitText } from './kitText.ts';
import { storyLocale } from './support/locale.ts';

const meta = {
  title: 'Catalog/Gallery',
  component: CatalogGallery,
  // Filters and paging are the story's args: a change goes back through updateArgs, so Storybook
  // keeps it in the URL, and a link with args opens the gallery on that page.
  render: function Render(args) {
    const [, updateArgs] = useArgs<CatalogGalleryArgs>();
    return <CatalogGallery {...args} onArgsChange={updateArgs} />;
  },
  args: { ...NO_FILTERS, page: 1, pageSize: 10, onRetry: fn(), onRefresh: fn() },
  argTypes: catalogFilterArgTypes(PAGE_SIZES),
} satisfies Meta<typeof CatalogGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const TOTAL = CATALOG_ENTRIES.length;

/** The number of matching errors, from the count the gallery announces (politely: it is a status region). */
function matchCount(canvasElement: HTMLElement): number {
  const region = within(canvasElement).getByText(/^\d+ of \d+ errors/);
  if (region.getAttribute('role') !== 'status') throw new Error('The count is not a status region');
  return Number.parseInt(region.textContent ?? '', 10);
}

const entries = (canvasElement: HTMLElement) => within(canvasElement).getAllByRole('article');

/** The gallery's pages for `filters`, as the toolbar's language words them. */
function pagesFor(globals: Readonly<Record<string, unknown>>, filters: Partial<CatalogFilters>, size = 10) {
  const rows = buildGalleryRows({ locale: storyLocale(globals).locale });
  return paginate(filterRows(rows, { ...NO_FILTERS, ...filters }), size);
}

/**
 * Every catalog row of every source, ten a page. Its check holds for any args, so a shared link
 * (`&args=intent:billing;page:2`) opens without a failed interaction.
 */
export const All: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const { filters, page, pageSize } = galleryStateFromArgs(args);
    const pages = pagesFor(globals, filters, pageSize);
    await expect(matchCount(canvasElement)).toBe(pages.flat().length);
    const shown = pages[Math.min(page, Math.max(1, pages.length)) - 1] ?? [];
    const ids = within(canvasElement)
      .queryAllByRole('article')
      .map((article) => article.querySelector('h2 > :first-child')?.textContent);
    await expect(ids).toEqual(shown.map((row) => row.entry.id));
    await expect(within(canvasElement).getAllByText(/^Page \d+ of \d+$/)[0]).toBeVisible();
  },
};

/** The first page: the SLB error list in seed order. */
export const FirstPage: Story = {
  play: async ({ canvasElement }) => {
    await expect(matchCount(canvasElement)).toBe(TOTAL);
    await expect(entries(canvasElement)[0]).toHaveAccessibleName('slb-001 ServiceIsConfiguring');
    await expect(within(canvasElement).getAllByText(/^Page 1 of \d+$/)[0]).toBeVisible();
  },
};

/** Each row on its surface, drawn by the kit's own component: a Toast, a Banner, an InlineError. */
export const Surfaces: Story = {
  args: { pageSize: 50 },
  play: async ({ canvasElement, globals }) => {
    const { report, heading, inline } = kitText(globals);
    const page = pagesFor(globals, {}, 50)[0]!;
    const kinds = new Set(page.map((row) => row.report.surface));
    await expect([...kinds].sort()).toEqual(['banner', 'inline', 'toast']);
    for (const [index, article] of entries(canvasElement).entries()) {
      const row = page[index]!;
      const shown = report(catalogBody(row.entry));
      const scope = within(article);
      switch (row.report.surface) {
        case 'toast': {
          const region = scope.getByRole('region', { name: `Toast of ${row.entry.id}` });
          const toast = within(region).getByRole('listitem');
          await expect(toast).toHaveAttribute('data-slb-toast');
          await expect(toast).toHaveTextContent(shown.title);
          break;
        }
        case 'banner':
          await expect(scope.getByRole('heading', { level: 3, name: heading(shown) })).toBeVisible();
          break;
        case 'inline':
          await expect(scope.getByRole('textbox')).toHaveAccessibleDescription(inline(shown));
          break;
      }
    }
  },
};

/** Next page: the rows that follow, and the count says which. */
export const Paging: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const pages = pagesFor(globals, {});
    await userEvent.click(canvas.getAllByRole('button', { name: 'Next page' })[0]!);
    await waitFor(() =>
      expect(entries(canvasElement)[0]).toHaveAccessibleName(new RegExp(`^${pages[1]![0]!.entry.id} `)),
    );
    await expect(entries(canvasElement)).toHaveLength(pages[1]!.length);
    await expect(canvas.getAllByText(`Page 2 of ${pages.length}`)[0]).toBeVisible();
  },
};

/** Opened from a link with args: the filters and the page come back. */
export const FromUrlArgs: Story = {
  args: { source: 'observed', page: 2 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const pages = pagesFor(globals, { source: 'observed' });
    await expect(canvas.getByRole('combobox', { name: 'Source' })).toHaveValue('observed');
    await expect(matchCount(canvasElement)).toBe(SLB_OBSERVED_ERRORS.length);
    await expect(entries(canvasElement)[0]).toHaveAccessibleName(new RegExp(`^${pages[1]![0]!.entry.id} `));
  },
};

/** Everything the billing intent covers: each one offers Go to Billing. */
export const Billing: Story = {
  args: { intent: 'billing' },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    await expect(matchCount(canvasElement)).toBe(CATALOG_ENTRIES.filter((entry) => entry.intent === 'billing').length);
    for (const entry of entries(canvasElement)) {
      await expect(within(entry).getByText('billing', { selector: '.catalog-gallery__tag' })).toBeVisible();
      await expect(within(entry).getByRole('link', { name: `${ui.goToBilling} ${ui.opensInNewTab}` })).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\//),
      );
    }
  },
};

/** Choosing filters narrows the list: the Alibaba Cloud gateway errors shown as toasts. */
export const FilterNarrows: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Source' }), 'common');
    await waitFor(() => expect(matchCount(canvasElement)).toBe(SLB_COMMON_ERRORS.length));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Surface' }), 'toast');
    const expected = pagesFor(globals, { source: 'common', surface: 'toast' }).flat();
    await waitFor(() => expect(matchCount(canvasElement)).toBe(expected.length));
    await expect(expected.length).toBeLessThan(SLB_COMMON_ERRORS.length);
    for (const entry of entries(canvasElement)) await expect(entry.querySelector('[data-slb-toast]')).not.toBeNull();
  },
};

/** Typing narrows the list; the count says how far. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'Throttling');
    await waitFor(() => expect(matchCount(canvasElement)).toBeLessThan(TOTAL));
    const shown = entries(canvasElement);
    await expect(shown.length).toBe(Math.min(10, matchCount(canvasElement)));
    for (const entry of shown) await expect(entry).toHaveTextContent(/throttling/i);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(matchCount(canvasElement)).toBe(TOTAL));
  },
};

/** Changed wording, imported as JSON, shows on the surface in the toolbar's language, the row marked. */
export const ImportWording: Story = {
  args: { query: 'slb-001' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const title = reviewedTitle(globals);
    const kitTitle = kitText(globals).report(catalogBody(SLB_ERROR_CATALOG[0]!)).title;
    const article = () => canvas.getByRole('article', { name: /^slb-001 / });
    await expect(within(article()).getByText(kitTitle, { selector: '.slb-title-text' })).toBeVisible();

    await userEvent.click(canvas.getByText('Preview changed wording'));
    await userEvent.click(canvas.getByRole('textbox', { name: 'Wording JSON' }));
    await userEvent.paste(JSON.stringify({ ServiceIsConfiguring: { title } }));
    await userEvent.click(canvas.getByRole('button', { name: 'Preview' }));

    await waitFor(() => expect(within(article()).getByText(title, { selector: '.slb-title-text' })).toBeVisible());
    await expect(article()).toHaveAttribute('data-changed');
    await expect(within(article()).getByText(kitTitle, { selector: 'del' })).toBeInTheDocument();
    await expect(canvas.getByText(/^Previewing 1 key in .*: 1 row changed\.$/)).toBeVisible();
  },
};

/** Simplified Chinese, whatever the toolbar says: every kit word on the surfaces. */
export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const first = await waitFor(() => entries(canvasElement)[0]!);
    const chinese = classifySlbError(catalogBody(SLB_ERROR_CATALOG[0]!), { locale: zhCN }).description;
    await waitFor(() => expect(within(first).getByText(chinese)).toBeVisible());
    await expect(within(first).getByText(zhCN.families.busy.title, { selector: '.slb-title-text' })).toBeVisible();
    await expect(en.families.busy.title).not.toBe(zhCN.families.busy.title);
  },
};

export const Dark: Story = { args: { source: 'common' }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { source: 'common' }, globals: { theme: 'high-contrast' } };
export const RightToLeft: Story = { args: { source: 'common' }, globals: { dir: 'rtl' } };
