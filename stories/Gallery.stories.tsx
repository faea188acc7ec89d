import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SLB_COMMON_ERRORS, SLB_INTENTS } from '../src/index.ts';
import { zhCN } from '../src/locales/zh-CN.ts';
import { CatalogGallery } from './gallery/CatalogGallery.tsx';
import { GALLERY_ENTRIES, GALLERY_STATUSES } from './gallery/rows.ts';
import { kitText } from './kitText.ts';

const meta = {
  title: 'Catalog/Gallery',
  component: CatalogGallery,
  // The controls set the starting filters: a changed value starts the gallery over.
  render: (args) => <CatalogGallery key={JSON.stringify(args)} {...args} />,
  args: {
    query: '',
    intent: 'all',
    status: 'all',
    source: 'all',
    pageSize: 40,
    onRetry: fn(),
    onRefresh: fn(),
  },
  argTypes: {
    intent: { control: 'select', options: ['all', ...SLB_INTENTS] },
    status: { control: 'select', options: ['all', ...GALLERY_STATUSES] },
    source: { control: 'inline-radio', options: ['all', 'slb', 'common'] },
    pageSize: { control: { type: 'number', min: 10, max: GALLERY_ENTRIES.length, step: 10 } },
  },
} satisfies Meta<typeof CatalogGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const TOTAL = GALLERY_ENTRIES.length;

/** The number of matching errors, from the count the gallery announces (politely: it is a status region). */
function matchCount(canvasElement: HTMLElement): number {
  const region = within(canvasElement).getByText(/^\d+ of \d+ errors$/);
  if (region.getAttribute('role') !== 'status') throw new Error('The count is not a status region');
  return Number.parseInt(region.textContent ?? '', 10);
}

const entries = (canvasElement: HTMLElement) => within(canvasElement).getAllByRole('article');

/** Every documented error: the 205 rows of the SLB list, then the common gateway errors. */
export const All: Story = {
  play: async ({ canvasElement }) => {
    await expect(matchCount(canvasElement)).toBe(TOTAL);
    await expect(entries(canvasElement)).toHaveLength(40);
    await expect(entries(canvasElement)[0]).toHaveAccessibleName('slb-001 ServiceIsConfiguring');
  },
};

/** "Show more" adds the next page and takes focus to its first entry. */
export const ShowMore: Story = {
  args: { pageSize: 10 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(entries(canvasElement)).toHaveLength(10);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 10 more' }));
    await expect(entries(canvasElement)).toHaveLength(20);
    await waitFor(() => expect(entries(canvasElement)[10]).toHaveFocus());
    await expect(entries(canvasElement)[10]).toHaveAccessibleName(/^slb-011 /);
  },
};

/** Everything the billing intent covers: each one offers Go to Billing. */
export const Billing: Story = {
  args: { intent: 'billing' },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const shown = entries(canvasElement);
    await expect(matchCount(canvasElement)).toBe(GALLERY_ENTRIES.filter((entry) => entry.intent === 'billing').length);
    for (const entry of shown) {
      await expect(within(entry).getByText('billing', { selector: '.catalog-gallery__tag' })).toBeVisible();
      await expect(within(entry).getByRole('link', { name: `${ui.goToBilling} ${ui.opensInNewTab}` })).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\//),
      );
    }
  },
};

/** The Alibaba Cloud gateway errors any SLB call can return: throttling, signatures, AccessKeys, RAM, balance. */
export const CommonGatewayErrors: Story = {
  args: { source: 'common' },
  play: async ({ canvasElement }) => {
    await expect(matchCount(canvasElement)).toBe(SLB_COMMON_ERRORS.length);
    const names = entries(canvasElement).map((entry) => entry.getAttribute('aria-labelledby'));
    await expect(names).toHaveLength(SLB_COMMON_ERRORS.length);
    await expect(
      within(canvasElement).getByRole('heading', { name: 'common-Forbidden.RAM Forbidden.RAM' }),
    ).toBeVisible();
  },
};

/** Typing narrows the list; the count says how far. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'Throttling');
    await waitFor(() => expect(matchCount(canvasElement)).toBeLessThan(TOTAL));
    const shown = entries(canvasElement);
    await expect(shown).toHaveLength(matchCount(canvasElement));
    for (const entry of shown) await expect(entry).toHaveTextContent(/throttling/i);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(matchCount(canvasElement)).toBe(TOTAL));
  },
};

/** Simplified Chinese, for reviewing the translations beside the English descriptions. */
export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const first = entries(canvasElement)[0]!;
    await expect(within(first).getByText(zhCN.descriptions['slb-001']!)).toBeVisible();
    await expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent(zhCN.families.busy.title);
  },
};

export const Dark: Story = { args: { pageSize: 20 }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { pageSize: 20 }, globals: { theme: 'high-contrast' } };
export const RightToLeft: Story = { args: { pageSize: 20 }, globals: { dir: 'rtl' } };
