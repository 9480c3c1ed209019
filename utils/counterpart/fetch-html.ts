import type { Notice } from '../types.ts';

/** What fetching a counterpart page gave: its HTML, or why not (a translatable notice). */
export type FetchOutcome = { ok: true; html: string; url: string } | { ok: false; notice: Notice };

export interface FetchedResponse {
  status: number;
  contentType: string | null;
  url: string;
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Judges an HTTP response before its body is read: an error status or a non-HTML type is a notice. */
export function judgeResponse(requested: string, response: FetchedResponse): Notice | null {
  if (response.status < 200 || response.status >= 300) {
    return { level: 'warning', key: 'notice.alternateHttpError', params: { url: requested, status: String(response.status) } };
  }
  const type = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !HTML_TYPES.includes(type)) {
    return { level: 'warning', key: 'notice.alternateNotHtml', params: { url: requested, type } };
  }
  return null;
}

/** A fetch that failed outright: a timeout or a network error. */
export function failedFetchNotice(requested: string, timedOut: boolean): Notice {
  return timedOut
    ? { level: 'warning', key: 'notice.alternateTimeout', params: { url: requested } }
    : { level: 'warning', key: 'notice.alternateNetworkError', params: { url: requested } };
}

/** Bytes at the start of a body that say it is not HTML, whatever the Content-Type claims. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 2048);
  // eslint-disable-next-line no-control-regex -- the ZIP signature's bytes
  return head.includes('\u0000') || /^%PDF-|^\x89PNG|^GIF8|^PK\x03\x04/.test(head);
}

/** How long a counterpart page may take to answer. */
export const FETCH_TIMEOUT_MS = 8_000;
const MAX_BODY_CHARS = 8_000_000;

/**
 * Fetches a counterpart page with the given `fetch` (the extension's, with its host
 * permissions): no cookies sent, a timeout, HTML only, size-capped.
 */
export async function fetchHtml(url: string, fetchFn: typeof fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    const problem = judgeResponse(url, { status: response.status, contentType: response.headers.get('content-type'), url: response.url });
    if (problem) {
      controller.abort();
      return { ok: false, notice: problem };
    }
    const html = await response.text();
    if (looksBinary(html)) {
      return { ok: false, notice: { level: 'warning', key: 'notice.alternateNotHtml', params: { url, type: 'binary' } } };
    }
    return { ok: true, html: html.slice(0, MAX_BODY_CHARS), url: response.url || url };
  } catch {
    return { ok: false, notice: failedFetchNotice(url, controller.signal.aborted) };
  } finally {
    clearTimeout(timer);
  }
}
