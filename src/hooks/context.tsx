'use client';
import { type ReactNode, createContext, useContext, useMemo, useState } from 'react';
import type { SlbLocale, SlbLocaleTag, SlbUiStrings } from '../core/locale.js';
import { resolveLocale } from '../core/texts.js';
import type { SlbClassifyOptions, SlbErrorReport, SlbLinkKind, SlbLinkOverride, SlbSite } from '../core/types.js';
import { SlbRetryCoordinator } from './coordinator.js';
import { type SlbRetryPolicy, resolvePolicy } from './policy.js';
import { SlbErrorQueue } from './queue.js';

export interface SlbErrorProviderProps {
  readonly children?: ReactNode;
  /** Language of titles, descriptions and component strings: `'en'`, or a locale object such as `zhCN`. @defaultValue 'en' */
  readonly locale?: SlbLocaleTag | SlbLocale | undefined;
  /** Which Alibaba Cloud site the default links point to. @defaultValue 'intl' */
  readonly site?: SlbSite | undefined;
  /** Link overrides (resellers route billing to their own pages); `null` removes a link. */
  readonly links?: Partial<Record<SlbLinkKind, SlbLinkOverride>> | undefined;
  /** Title and description overrides per error code or catalog entry id. */
  readonly text?: SlbClassifyOptions['text'];
  /** Component string overrides. */
  readonly ui?: Partial<SlbUiStrings> | undefined;
  /** Retry policy for every hook below; a hook may refine it. */
  readonly retry?: Partial<SlbRetryPolicy> | undefined;
  /** Maps an API parameter (`ServerCertificate`) to the app's form field name (`certificate`). */
  readonly fieldMap?: Readonly<Record<string, string>> | undefined;
  /** The app's own labels for API parameters (`{ ListenerPort: 'Port' }`), used where a title names a field. */
  readonly fieldLabels?: Readonly<Record<string, string>> | undefined;
  /** Telemetry: every final report, already redacted (no credentials, no request configs). */
  readonly onReport?: ((report: SlbErrorReport) => void) | undefined;
  /** The app's way to reload the view, for `refresh` reports. @defaultValue location.reload() */
  readonly onRefresh?: (() => void) | undefined;
  /** The app's sign-in flow, for `sign-in` reports. @defaultValue follow the report's `signIn` link */
  readonly onSignIn?: (() => void) | undefined;
  /** Bring your own queue, e.g. to share it with TanStack Query cache handlers. */
  readonly queue?: SlbErrorQueue | undefined;
  /** Bring your own retry budget and cooldown, e.g. to share them with `slbQueryRetry`. */
  readonly coordinator?: SlbRetryCoordinator | undefined;
}

export interface SlbErrorContextValue {
  readonly classifyOptions: SlbClassifyOptions;
  readonly locale: SlbLocale;
  readonly policy: SlbRetryPolicy;
  readonly queue: SlbErrorQueue;
  readonly coordinator: SlbRetryCoordinator;
  readonly fieldMap: Readonly<Record<string, string>>;
  readonly ui: Partial<SlbUiStrings>;
  readonly onReport: ((report: SlbErrorReport) => void) | undefined;
  readonly onRefresh: (() => void) | undefined;
  readonly onSignIn: (() => void) | undefined;
}

const EMPTY = Object.freeze({});
const SlbErrorContext = createContext<SlbErrorContextValue | null>(null);
let defaultContext: SlbErrorContextValue | null = null;

/** Settings used when no provider is mounted: English, the intl site, a queue of their own. */
function getDefaultContext(): SlbErrorContextValue {
  defaultContext ??= {
    classifyOptions: EMPTY,
    locale: resolveLocale(undefined),
    policy: resolvePolicy(),
    queue: new SlbErrorQueue(),
    coordinator: new SlbRetryCoordinator(),
    fieldMap: EMPTY,
    ui: EMPTY,
    onReport: undefined,
    onRefresh: undefined,
    onSignIn: undefined,
  };
  return defaultContext;
}

/** App-wide settings for the hooks and components below it. Everything has a default. */
export function SlbErrorProvider(props: SlbErrorProviderProps) {
  const { children, locale, site, links, text, ui, retry, fieldMap, fieldLabels, onReport, onRefresh, onSignIn } =
    props;
  const [ownQueue] = useState(() => new SlbErrorQueue());
  const [ownCoordinator] = useState(() => new SlbRetryCoordinator(resolvePolicy(retry).budget));
  const queue = props.queue ?? ownQueue;
  const coordinator = props.coordinator ?? ownCoordinator;
  const value = useMemo<SlbErrorContextValue>(() => {
    const resolved = resolveLocale(locale);
    return {
      classifyOptions: { locale: resolved, site, links, text, fieldLabels },
      locale: resolved,
      policy: resolvePolicy(retry),
      queue,
      coordinator,
      fieldMap: fieldMap ?? EMPTY,
      // The locale's own strings are merged under these by useSlbStrings.
      ui: ui ?? EMPTY,
      onReport,
      onRefresh,
      onSignIn,
    };
  }, [locale, site, links, text, ui, retry, fieldMap, fieldLabels, onReport, onRefresh, onSignIn, queue, coordinator]);
  return <SlbErrorContext.Provider value={value}>{children}</SlbErrorContext.Provider>;
}

/** The nearest provider's settings, or the defaults. */
export function useSlbErrorContext(): SlbErrorContextValue {
  return useContext(SlbErrorContext) ?? getDefaultContext();
}
