import type { Decorator, Preview } from '@storybook/react-vite';
import { alb } from '../src/alb/index.ts';
import { SlbErrorProvider } from '../src/index.ts';
import { nlb } from '../src/nlb/index.ts';
import '../src/styles.css';
import { LOCALE_ITEMS, storyLocale } from '../stories/support/locale.ts';
import { untranslatedWords } from '../stories/support/untranslated.ts';
import './preview.css';

const asString = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
// Every story knows the whole load-balancer family: CLB built in, ALB and NLB added.
const PRODUCTS = [alb, nlb];

/** Theme, language and direction from the toolbar, around every story. */
const withKit: Decorator = (Story, context) => {
  const theme = asString(context.globals['theme'], 'light');
  const { locale, lang, dir = asString(context.globals['dir'], 'ltr') } = storyLocale(context.globals);
  return (
    <div className="slb-story" data-slb-theme={theme} dir={dir} lang={lang}>
      <SlbErrorProvider locale={locale} products={PRODUCTS}>
        <Story />
      </SlbErrorProvider>
    </div>
  );
};

const preview: Preview = {
  decorators: [withKit],
  // In Chinese, the kit's own text has no English word left once the story has played.
  afterEach: ({ globals, canvasElement }) => {
    if (globals['locale'] !== 'zh-CN') return;
    const words = untranslatedWords(canvasElement.ownerDocument.body);
    if (words.length > 0) throw new Error(`English in the kit's Chinese text: ${words.join('; ')}`);
  },
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language (the pseudo-locales are for review: long accented text, and right to left)',
      toolbar: { title: 'Language', icon: 'globe', items: [...LOCALE_ITEMS], dynamicTitle: true },
    },
    dir: {
      description: 'Direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  parameters: {
    // The story's own wrapper pads and paints the page in the story's theme.
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // A violation fails the story's test (addon-vitest runs the stories in Chromium).
    a11y: { test: 'error' },
    // A docs page opens at its top: embedded stories never play there (see stories/support/docs).
    docs: { story: { autoplay: false } },
  },
};

export default preview;
