'use client';
import { type ReactNode, createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { SlbProductKey } from '../catalog/types.js';
import { type SlbLocaleOption, type SlbUiStrings, baseLocaleOf } from '../core/locale.js';
import type {
  SlbClassifyOptions,
  SlbErrorReport,
  SlbLinkKind,
  SlbLinkOverride,
  SlbProduct,
  SlbSite,
} from '../core/types.js';
import { type SlbErrorClient, createSlbErrorClient } from '../engine/client.js';
import { type SlbRetryCoordinator, foreignBudgetWarning } from '../engine/coordinator.js';
import { type SlbRetryPolicy, resolvePolicy } from '../engine/policy.js';
import type { SlbErrorQueue } from '../engine/queue.js';

export interface SlbErrorProviderProps {
  readonly children?: ReactNode;
  /**
   * Language of titles, descriptions and component strings: `en` from `slb-error-kit/locales/en`,
   * `zhCN` from `slb-error-kit/locales/zh-CN`, or a language and the words of the products you
   * add (`[zhCN, albZhCN]`). Without one: English component strings and family words only.
   */
  readonly locale?: SlbLocaleOption | undefined;
  /** Catalogs of further products (`[alb, nlb]` from `slb-error-kit/alb` and `slb-error-kit/nlb`). */
  readonly products?: readonly SlbProduct[] | undefined;
  /** The product the console calls, when its errors do not say. */
  readonly product?: SlbProductKey | undefined;
  /** Which Alibaba Cloud site the default links point to. @defaultValue 'intl' */
  readonly site?: SlbSite | undefined;
  /** Link overrides (resellers route billing to their own pages); `null` removes a link. */
  readonly links?: Partial<Record<SlbLinkKind, SlbLinkOverride>> | undefined;
  /** Title and description overrides per error code or catalog entry id. */
  readonly text?: SlbClassifyOptions['text'];
  /** Component string overrides. */
  readonly ui?: Partial<SlbUiStrings> | undefined;
  /** Refines the client's retry policy for every hook below; a hook may refine it further. The `budget` belongs to the client (`createSlbErrorClient`). */
  readonly retryPolicy?: Partial<SlbRetryPolicy> | undefined;
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
  /** The queue, retry coordinator and policy to use, e.g. shared with the TanStack adapter. @defaultValue one of the provider's own */
  readonly client?: SlbErrorClient | undefined;
}

export interface SlbErrorContextValue {
  readonly client: SlbErrorClient;
  readonly classifyOptions: SlbClassifyOptions;
  /** The component strings of the locale, when one is given. */
  readonly localeUi: Partial<SlbUiStrings>;
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
  if (defaultContext) return defaultContext;
  const client = createSlbErrorClient();
  defaultContext = {
    client,
    classifyOptions: EMPTY,
    localeUi: EMPTY,
    policy: client.retryPolicy,
    queue: client.queue,
    coordinator: client.coordinator,
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
  const {
    children,
    locale,
    products,
    product,
    site,
    links,
    text,
    ui,
    retryPolicy,
    fieldMap,
    fieldLabels,
    onReport,
    onRefresh,
    onSignIn,
  } = props;
  // The provider's own client, made the first time there is no client prop (never when there is one).
  // It takes only the budget, which its coordinator keeps; the rest of retryPolicy refines it below.
  const ownClient = useRef<SlbErrorClient | null>(null);
  const client =
    props.client ??
    (ownClient.current ??= createSlbErrorClient({
      retryPolicy: retryPolicy?.budget === undefined ? undefined : { budget: retryPolicy.budget },
    }));
  useBudgetWarning(client.coordinator, retryPolicy?.budget, 'SlbErrorProvider');
  const value = useMemo<SlbErrorContextValue>(() => {
    return {
      client,
      classifyOptions: { locale, products, product, site, links, text, fieldLabels },
      localeUi: baseLocaleOf(locale)?.ui ?? EMPTY,
      policy: resolvePolicy(client.retryPolicy, retryPolicy),
      queue: client.queue,
      coordinator: client.coordinator,
      fieldMap: fieldMap ?? EMPTY,
      // The locale's own strings are merged under these by useSlbStrings.
      ui: ui ?? EMPTY,
      onReport,
      onRefresh,
      onSignIn,
    };
  }, [
    locale,
    products,
    product,
    site,
    links,
    text,
    ui,
    retryPolicy,
    fieldMap,
    fieldLabels,
    onReport,
    onRefresh,
    onSignIn,
    client,
  ]);
  return <SlbErrorContext.Provider value={value}>{children}</SlbErrorContext.Provider>;
}

/**
 * The shared budget is the client's coordinator's: a `retryPolicy.budget` that differs cannot
 * change it, so say so instead of ignoring it silently (once per coordinator and budget).
 */
export function useBudgetWarning(
  coordinator: SlbRetryCoordinator,
  budget: SlbRetryPolicy['budget'] | undefined,
  where: string,
): void {
  const warning = foreignBudgetWarning(coordinator, budget, where);
  useEffect(() => {
    if (warning !== null) console.warn(warning);
  }, [warning, coordinator]);
}

/** The nearest provider's settings, or the defaults. */
export function useSlbErrorContext(): SlbErrorContextValue {
  return useContext(SlbErrorContext) ?? getDefaultContext();
}
