// Stories build their reports while they render, from the provider the toolbar configures, so
// every word follows the toolbar's language (and the kit's other options).
import { useMemo } from 'react';
import { useSlbErrorContext } from '../../src/hooks/index.ts';
import { type SlbErrorReport, type SlbIntent, classifySlbError } from '../../src/index.ts';
import { BODIES, INTENTS } from '../reports.ts';

/** An intent (its sample body in `reports.ts`), or any value an app may catch. */
export type StoryError = SlbIntent | Readonly<Record<string, unknown>>;

/** The `error` arg's control: an intent by name. */
export const ERROR_ARG_TYPE = {
  control: 'select',
  options: INTENTS,
  description: 'The error the surface shows: a sample response body of this intent.',
} as const;

/** What was caught, for an intent's name or a value. */
export function caughtOf(error: StoryError): unknown {
  return typeof error === 'string' ? BODIES[error] : error;
}

/** The report of `error`, in the surrounding provider's language, site, links and text. */
export function useStoryReport(error: StoryError): SlbErrorReport {
  const { classifyOptions } = useSlbErrorContext();
  return useMemo(() => classifySlbError(caughtOf(error), classifyOptions), [error, classifyOptions]);
}

/** A classifier with the surrounding provider's options, for stories that fill a queue. */
export function useStoryClassify(): (error: StoryError) => SlbErrorReport {
  const { classifyOptions } = useSlbErrorContext();
  return useMemo(() => (error: StoryError) => classifySlbError(caughtOf(error), classifyOptions), [classifyOptions]);
}
