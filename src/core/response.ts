import { buildReport, classifySlbError } from './classify.js';
import { collect, emptyRaw, readHeaders } from './extract.js';
import { MAX_PARSE_LENGTH, get, toStatus } from './read.js';
import type { SlbClassifyOptions, SlbErrorReport } from './types.js';

async function readBodyText(response: unknown): Promise<string> {
  try {
    const clone = get(response, 'clone');
    const source: unknown =
      typeof clone === 'function' && get(response, 'bodyUsed') !== true ? clone.call(response) : response;
    const text = get(source, 'text');
    if (typeof text !== 'function') return '';
    const body: unknown = await text.call(source);
    return typeof body === 'string' ? body.slice(0, MAX_PARSE_LENGTH) : '';
  } catch {
    return '';
  }
}

/**
 * Classifies a failed `fetch` Response: a JSON or XML error body, an HTML gateway page,
 * or no body. Reads a clone, so the caller's Response stays readable. Never rejects.
 */
export async function classifySlbResponse(response: Response, options?: SlbClassifyOptions): Promise<SlbErrorReport> {
  try {
    const headers = get(response, 'headers');
    const raw = emptyRaw();
    const text = await readBodyText(response);
    if (text.trim() !== '') collect(text, raw);
    raw.status ??= toStatus(get(response, 'status'));
    readHeaders(headers, raw);
    if (raw.code === undefined && raw.origin === undefined && raw.status !== undefined && raw.status < 400) {
      // A successful status with nothing readable is not an API error we understand.
      raw.origin = 'bad-response';
    }
    return buildReport(raw, options);
  } catch {
    return classifySlbError(undefined, options);
  }
}
