export { Banner, isBlockingIntent } from './Banner.js';
export { BannerStack, compareBannerEntries } from './BannerStack.js';
export type { BannerProps } from './Banner.js';
export type { BannerStackProps } from './BannerStack.js';
