import type { Decorator, Preview } from '@storybook/react-vite';
import { SlbErrorProvider } from '../src/index.ts';
import { zhCN } from '../src/locales/zh-CN.ts';
import '../src/styles.css';
import './preview.css';

const asString = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/** Theme, language and direction from the toolbar, around every story. */
const withKit: Decorator = (Story, context) => {
  const theme = asString(context.globals['theme'], 'light');
  const locale = asString(context.globals['locale'], 'en');
  const dir = asString(context.globals['dir'], 'ltr');
  return (
    <div className="slb-story" data-slb-theme={theme} dir={dir} lang={locale}>
      <SlbErrorProvider locale={locale === 'zh-CN' ? zhCN : 'en'}>
        <Story />
      </SlbErrorProvider>
    </div>
  );
};

const preview: Preview = {
  decorators: [withKit],
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
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
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
  },
};

export default preview;
