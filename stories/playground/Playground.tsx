import { Component, type ErrorInfo, type ReactNode, useId, useMemo, useState } from 'react';
import { useSlbErrorContext } from '../../src/hooks/index.ts';
import { en } from '../../src/locales/en.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { albZhCN } from '../../src/locales/alb/zh-CN.ts';
import { nlbEn } from '../../src/locales/nlb/en.ts';
import { nlbZhCN } from '../../src/locales/nlb/zh-CN.ts';
import { CATALOG_ENTRIES } from '../gallery/rows.ts';
import { baseOf } from '../support/locale.ts';
import {
  Banner,
  InlineError,
  SlbErrorProvider,
  type SlbClassifyOptions,
  type SlbErrorReport,
  type SlbLinkKind,
  type SlbLocaleOption,
  type SlbSite,
  Toast,
  ToastViewport,
  classifySlbError,
} from '../../src/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { type Pasted, parsePasted } from './parse.ts';
import '../support/controls.css';
import './Playground.css';
import { SAMPLES } from './samples.ts';

export interface PlaygroundProps {
  /** The text to start with (a sample, or anything an app may catch). @defaultValue '' */
  readonly text?: string;
}

type LocaleChoice = 'toolbar' | 'en' | 'zh-CN';
type LinkOverrides = Partial<Record<SlbLinkKind, string | null>>;

/** Every link kind, checked against the kit's type: a new kind fails to compile here. */
const LINK_KINDS = Object.keys({
  ticket: true,
  billing: true,
  quota: true,
  permission: true,
  verifyAccount: true,
  signIn: true,
  errorCenter: true,
  diagnose: true,
} satisfies Record<SlbLinkKind, true>) as SlbLinkKind[];

const isLinkKind = (key: string): key is SlbLinkKind => (LINK_KINDS as string[]).includes(key);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Option<T> {
  readonly value: T | undefined;
  /** Why the text is not applied; `undefined` when it is (or is empty). */
  readonly error: string | undefined;
}

/** A small JSON object typed in a textarea: empty is "none", anything wrong is a message, never a throw. */
function readJsonObject<T>(text: string, check: (value: Record<string, unknown>) => string | undefined): Option<T> {
  if (text.trim() === '') return { value: undefined, error: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { value: undefined, error: `Not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isObject(parsed)) return { value: undefined, error: 'Expected a JSON object.' };
  const problem = check(parsed);
  return problem === undefined ? { value: parsed as T, error: undefined } : { value: undefined, error: problem };
}

function checkLinks(value: Record<string, unknown>): string | undefined {
  for (const [key, url] of Object.entries(value)) {
    if (!isLinkKind(key)) return `"${key}" is not a link kind: use ${LINK_KINDS.join(', ')}.`;
    if (url !== null && typeof url !== 'string') return `"${key}" must be a URL (a string) or null.`;
  }
  return undefined;
}

function checkLabels(value: Record<string, unknown>): string | undefined {
  for (const [key, label] of Object.entries(value)) {
    if (typeof label !== 'string') return `The label of "${key}" must be a string.`;
  }
  return undefined;
}

interface Outcome {
  readonly pasted: Pasted | null;
  readonly report: SlbErrorReport | null;
  readonly failure: string | null;
}

/** Parse and classify; whatever goes wrong becomes a message on the page. */
function examine(text: string, options: SlbClassifyOptions): Outcome {
  let pasted: Pasted | null = null;
  try {
    pasted = parsePasted(text);
    return { pasted, report: classifySlbError(pasted.value, options), failure: null };
  } catch (error) {
    return { pasted, report: null, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** Keeps a throwing component from taking the page with it. */
class SurfaceBoundary extends Component<{ readonly children: ReactNode }, { readonly error: string | null }> {
  override state = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Playground: the kit threw while rendering', error, info.componentStack);
  }

  override render() {
    if (this.state.error !== null) {
      return <p className="playground__problem">The kit&apos;s component threw while rendering: {this.state.error}</p>;
    }
    return this.props.children;
  }
}

const dash = '—';

function Value({ children, code = false }: { readonly children: ReactNode; readonly code?: boolean }) {
  if (children === null || children === undefined || children === '') return <>{dash}</>;
  return code ? <code>{children}</code> : <>{children}</>;
}

/** The report, field by field; every value has a `data-report` name for tests and for copying. */
function ReportTable({ report, lang }: { readonly report: SlbErrorReport; readonly lang: string | undefined }) {
  const catalogRow = report.row;
  const rows: [key: string, term: string, value: ReactNode, textLang?: string | undefined][] = [
    ['intent', 'Intent', <Value code>{report.intent}</Value>],
    ['severity', 'Severity', report.severity],
    ['surface', 'Surface', report.surface],
    ['family', 'Family', <Value code>{report.family}</Value>],
    ['field', 'Field', <Value code>{report.field}</Value>],
    ['code', 'Code', <Value code>{report.code}</Value>],
    ['status', 'HTTP status', <Value>{report.status}</Value>],
    ['request-id', 'Request ID', <Value code>{report.requestId}</Value>],
    ['origin', 'Origin', report.origin],
    ['product', 'Product', <Value code>{report.product}</Value>],
    ['match', 'Match', <Value code>{report.match}</Value>],
    [
      'row',
      'Catalog row',
      catalogRow ? (
        <>
          <code>{catalogRow.id}</code> ({catalogRow.source}, HTTP {catalogRow.status}, <code>{catalogRow.code}</code>)
        </>
      ) : (
        'none'
      ),
    ],
    [
      'seed-message',
      'Documented message',
      <Value>{CATALOG_ENTRIES.find((entry) => entry.id === catalogRow?.id)?.message}</Value>,
    ],
    ['title', 'Title', report.title, lang],
    ['description', 'Description', report.description, lang],
    ['message', "Server's message", <Value>{report.message}</Value>],
    ['retry-after', 'Retry after', report.retryAfterMs === null ? dash : `${report.retryAfterMs} ms`],
    ['action', 'API action', <Value code>{report.action}</Value>],
    [
      'links',
      'Links',
      Object.keys(report.links).length === 0 ? (
        'none'
      ) : (
        <ul className="playground__links">
          {Object.entries(report.links).map(([kind, url]) => (
            <li key={kind} data-link={kind}>
              <code>{kind}</code>:{' '}
              <a href={url} target="_blank" rel="noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  return (
    <dl className="playground__report">
      {rows.map(([key, term, value, textLang]) => (
        <div key={key} className="playground__row">
          <dt>{term}</dt>
          <dd data-report={key} lang={textLang}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface SurfaceProps {
  readonly report: SlbErrorReport;
  readonly fieldLabels: Readonly<Record<string, string>> | undefined;
  readonly onAction: (what: string) => void;
}

/** The report as the kit shows it: a banner, a field's inline error, or a toast in the notification region. */
function Surface({ report, fieldLabels, onAction }: SurfaceProps) {
  const id = useId();
  const [shown, setShown] = useState(0);
  const [closed, setClosed] = useState<string | null>(null);
  const toastKey = `${report.fingerprint}|${report.locale}|${report.title}|${report.description}|${shown}`;

  if (report.surface === 'banner') {
    return (
      <>
        <p className="playground__hint">A banner, where the page&apos;s ErrorOutlet stands:</p>
        <Banner report={report} headingLevel={3} />
      </>
    );
  }
  if (report.surface === 'inline') {
    const field = report.field ?? 'field';
    // What `error.fieldProps(name)` puts on a control, wired by hand to the report.
    return (
      <div className="playground__field">
        <p className="playground__hint">An inline error, under a sample input for the field it names:</p>
        <label htmlFor={`${id}-input`}>{fieldLabels?.[field] ?? field}</label>
        <input
          id={`${id}-input`}
          className="review-field"
          defaultValue="99999"
          aria-invalid
          aria-describedby={`${id}-error`}
          data-slb-invalid=""
          autoComplete="off"
        />
        <InlineError report={report} id={`${id}-error`} />
      </div>
    );
  }
  return (
    <>
      <ToastViewport>
        {closed !== toastKey && (
          <Toast
            key={toastKey}
            report={report}
            onRetry={() => onAction('Retry pressed: the app would run the call again.')}
            onDismiss={(reason) => {
              setClosed(toastKey);
              onAction(reason === 'dismiss' ? 'The toast was dismissed.' : 'The toast closed on its own.');
            }}
          />
        )}
      </ToastViewport>
      <p className="playground__hint">
        A toast: it shows in the notification region at the bottom corner of the page (F8 moves focus there).
      </p>
      {/* Always there, so focus stays on it: a toast the user closed (or that timed out) comes back. */}
      <button type="button" className="review-button" onClick={() => setShown(shown + 1)}>
        Show the toast again
      </button>
    </>
  );
}

const LOCALES: Readonly<Record<Exclude<LocaleChoice, 'toolbar'>, SlbLocaleOption>> = {
  en: [en, albEn, nlbEn],
  'zh-CN': [zhCN, albZhCN, nlbZhCN],
};

/**
 * Paste anything an app may catch and see what the kit makes of it: how the text was read, the
 * report, and the surface the kit's own components render, in the toolbar's language or another.
 */
export function Playground({ text: initialText = '' }: PlaygroundProps) {
  const id = useId();
  const outer = useSlbErrorContext();
  const [text, setText] = useState(initialText);
  const [localeChoice, setLocaleChoice] = useState<LocaleChoice>('toolbar');
  const [site, setSite] = useState<SlbSite>(outer.classifyOptions.site ?? 'intl');
  const [linksText, setLinksText] = useState('');
  const [labelsText, setLabelsText] = useState('');
  const [lastAction, setLastAction] = useState('');

  const locale = localeChoice === 'toolbar' ? outer.classifyOptions.locale : LOCALES[localeChoice];
  // The page's language is the toolbar's; a chosen language marks the kit's text as its own.
  const lang = localeChoice === 'toolbar' ? undefined : localeChoice;
  const links = useMemo(() => readJsonObject<LinkOverrides>(linksText, checkLinks), [linksText]);
  const labels = useMemo(() => readJsonObject<Record<string, string>>(labelsText, checkLabels), [labelsText]);
  const { text: textOverrides } = outer.classifyOptions;
  const options = useMemo<SlbClassifyOptions>(
    () => ({ locale, site, links: links.value, fieldLabels: labels.value, text: textOverrides }),
    [locale, site, links.value, labels.value, textOverrides],
  );
  const { pasted, report, failure } = useMemo(() => examine(text, options), [text, options]);

  return (
    <div
      className="playground"
      data-playground-kind={pasted?.kind}
      data-playground-intent={report?.intent}
      data-playground-surface={report?.surface}
    >
      <h1 className="playground__title">Playground: what will the user see for this error?</h1>
      <p className="playground__intro">
        Paste anything an app may catch: an SDK error&apos;s <code>JSON.stringify</code>, a JSON or XML body, a whole
        HTTP response, a gateway&apos;s HTML page, or an error&apos;s text from a log.
      </p>
      <div className="playground__columns">
        <section className="playground__input" aria-labelledby={`${id}-input-heading`}>
          <h2 id={`${id}-input-heading`}>What was caught</h2>
          <div className="playground__samples" role="group" aria-labelledby={`${id}-samples`}>
            <span id={`${id}-samples`} className="playground__label">
              Samples
            </span>
            {SAMPLES.map((sample) => (
              <button
                key={sample.id}
                type="button"
                className="review-button"
                data-sample={sample.id}
                onClick={() => setText(sample.text)}
              >
                {sample.label}
              </button>
            ))}
          </div>
          <div className="playground__control">
            <label htmlFor={`${id}-text`} className="playground__label">
              Pasted error
            </label>
            <textarea
              id={`${id}-text`}
              className="review-field playground__textarea"
              value={text}
              rows={10}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${id}-read`}
              onChange={(event) => setText(event.target.value)}
            />
            <p id={`${id}-read`} className="playground__hint" data-playground-read="">
              {pasted ? `Read as: ${pasted.read}` : 'Could not be read.'}
            </p>
          </div>
        </section>
        <section className="playground__output" aria-labelledby={`${id}-output-heading`}>
          <h2 id={`${id}-output-heading`}>What the user sees</h2>
          {pasted?.kind === 'empty' ? (
            <p className="playground__hint">Paste an error, or pick a sample, to see what the kit shows.</p>
          ) : report === null ? (
            <p className="playground__problem">
              Could not classify this input{failure === null ? '' : `: ${failure}`}. The kit itself never throws: this
              is a bug of the playground.
            </p>
          ) : (
            <>
              <div className="playground__surface" lang={lang} data-surface={report.surface}>
                <SlbErrorProvider
                  locale={locale}
                  site={site}
                  links={links.value}
                  fieldLabels={labels.value}
                  text={textOverrides}
                  ui={outer.ui}
                  onRefresh={() => setLastAction('Refresh pressed: the app would reload its view.')}
                  onSignIn={() => setLastAction('Sign in pressed: the app would start its sign-in flow.')}
                >
                  <SurfaceBoundary key={`${report.fingerprint}|${report.surface}`}>
                    <Surface report={report} fieldLabels={labels.value} onAction={setLastAction} />
                  </SurfaceBoundary>
                </SlbErrorProvider>
              </div>
              <p className="playground__hint" role="status" data-playground-action="">
                {lastAction}
              </p>
              <h2>The report</h2>
              <ReportTable report={report} lang={lang} />
            </>
          )}
        </section>
        <fieldset className="playground__options">
          <legend>Options</legend>
          <div className="playground__choices">
            <div className="playground__control">
              <label htmlFor={`${id}-locale`} className="playground__label">
                Language
              </label>
              <select
                id={`${id}-locale`}
                className="review-field"
                value={localeChoice}
                onChange={(event) => setLocaleChoice(event.target.value as LocaleChoice)}
              >
                <option value="toolbar">Follow the toolbar ({baseOf(outer.classifyOptions.locale).tag})</option>
                <option value="en">English (en)</option>
                <option value="zh-CN">Simplified Chinese (zh-CN)</option>
              </select>
            </div>
            <div className="playground__control">
              <label htmlFor={`${id}-site`} className="playground__label">
                Site
              </label>
              <select
                id={`${id}-site`}
                className="review-field"
                value={site}
                onChange={(event) => setSite(event.target.value as SlbSite)}
              >
                <option value="intl">International (intl)</option>
                <option value="cn">China (cn)</option>
              </select>
            </div>
          </div>
          <JsonOption
            id={`${id}-links`}
            label="Link overrides (JSON)"
            hint={`Link kind to an https: URL, or null to remove it: {"billing": "https://example.com/pay", "ticket": null}. Kinds: ${LINK_KINDS.join(', ')}.`}
            text={linksText}
            error={links.error}
            onChange={setLinksText}
          />
          <JsonOption
            id={`${id}-labels`}
            label="Field labels (JSON, optional)"
            hint={'Your form\'s labels for API parameters, used where a title names a field: {"ListenerPort": "Port"}.'}
            text={labelsText}
            error={labels.error}
            onChange={setLabelsText}
          />
        </fieldset>
      </div>
    </div>
  );
}

interface JsonOptionProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly text: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

/** A labelled JSON textarea; a mistake is said under it and the option is left out, never thrown. */
function JsonOption({ id, label, hint, text, error, onChange }: JsonOptionProps) {
  return (
    <div className="playground__control">
      <label htmlFor={id} className="playground__label">
        {label}
      </label>
      <textarea
        id={id}
        className="review-field playground__textarea playground__textarea--small"
        value={text}
        rows={3}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error !== undefined}
        aria-describedby={`${id}-hint${error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="playground__hint">
        {hint}
      </p>
      {error !== undefined && (
        <p id={`${id}-error`} className="playground__problem" data-playground-error="">
          {error} Not applied.
        </p>
      )}
    </div>
  );
}
