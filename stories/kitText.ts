// What the kit says in the story's toolbar language, asked of the kit itself, so that a play
// function reads what the user reads in English and in Chinese alike.
import { SLB_UI_STRINGS_EN } from '../src/components/index.ts';
import { type SlbErrorReport, type SlbSeverity, type SlbUiStrings, classifySlbError } from '../src/index.ts';
import { type StoryError, caughtOf } from './support/report.ts';
import { storyLocale } from './support/locale.ts';

const SEVERITY_LABEL: Readonly<Record<SlbSeverity, keyof SlbUiStrings>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

export interface KitText {
  /** Component strings. */
  readonly ui: SlbUiStrings;
  /** The report the kit makes of `caught`. */
  readonly report: (caught: unknown) => SlbErrorReport;
  /** The report of a story's `error` arg: an intent's sample body, or the value itself. */
  readonly reportOf: (error: StoryError) => SlbErrorReport;
  /** A report's title as its heading reads: the severity in words, then the title. */
  readonly heading: (report: SlbErrorReport) => string;
  /** What an inline error says to its field: the severity in words, then the description. */
  readonly inline: (report: SlbErrorReport) => string;
  /** A `{name}` template as a whole-text pattern, each placeholder standing for a number. */
  readonly pattern: (template: string) => RegExp;
}

/** The kit's text for the story's `globals` (the toolbar's language). */
export function kitText(globals: Readonly<Record<string, unknown>>): KitText {
  const { locale, base } = storyLocale(globals);
  const ui: SlbUiStrings = { ...SLB_UI_STRINGS_EN, ...base.ui };
  return {
    ui,
    report: (caught) => classifySlbError(caught, { locale }),
    reportOf: (error) => classifySlbError(caughtOf(error), { locale }),
    heading: (report) => `${ui[SEVERITY_LABEL[report.severity]]}${ui.labelSeparator.trimEnd()} ${report.title}`,
    inline: (report) => `${ui[SEVERITY_LABEL[report.severity]]}${ui.labelSeparator.trimEnd()} ${report.description}`,
    pattern: (template) =>
      new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '\\d+')}$`),
  };
}
