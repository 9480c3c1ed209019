import { MAX_HTML_CHARS } from '../page/page-html.ts';
import type { Notice } from '../types.ts';
import { decodeHtml } from './decode-html.ts';
import { HostQueue } from './host-queue.ts';
import { mayFetch } from './private-address.ts';
import { readCappedBody } from './read-capped-body.ts';

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
    return {
      level: 'warning',
      key: 'notice.alternateHttpError',
      params: { url: requested, status: String(response.status) },
    };
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

/** How long a counterpart page may take to answer and to arrive, redirects and body included. */
export const FETCH_TIMEOUT_MS = 8_000;
/** The largest page body read (decompressed). Decoding never gives more characters than bytes. */
export const MAX_BODY_BYTES = 8_000_000;
/** Redirects followed one by one (where the browser shows where they lead), like a browser's limit but lower. */
export const MAX_REDIRECTS = 5;

export interface FetchHtmlOptions {
  /** The address of the page that named the URL: it decides which private addresses may be fetched. */
  pageUrl: string;
  timeoutMs?: number;
  maxBytes?: number;
}

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

function refusedNotice(url: string): Notice {
  return { level: 'warning', key: 'notice.alternatePrivateAddress', params: { url } };
}

function cancelBody(response: Response): void {
  void response.body?.cancel().catch(() => undefined);
}

/**
 * Fetches a counterpart page with the given `fetch` (the extension's, with its host
 * permissions): no cookies sent, HTML only, the body read up to a byte cap, one timeout for
 * the whole of it. An address the page may not make the extension reach (see mayFetch) is
 * not requested, and neither is a redirect's target that is such an address, where the
 * redirect says where it goes. Browsers hide that (a manual redirect is opaque to scripts):
 * there the browser follows the redirects itself and a page that ends at such an address is
 * refused unread.
 */
export async function fetchHtml(url: string, fetchFn: typeof fetch, options: FetchHtmlOptions): Promise<FetchOutcome> {
  const { pageUrl, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_BODY_BYTES } = options;
  if (!mayFetch(url, pageUrl)) return { ok: false, notice: refusedNotice(url) };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const init: RequestInit = { credentials: 'omit', redirect: 'manual', signal: controller.signal };
  try {
    let current = url;
    let response = await fetchFn(current, init);
    for (let hops = 0; REDIRECT_STATUSES.includes(response.status) && response.headers.has('location'); hops++) {
      cancelBody(response);
      const next = new URL(response.headers.get('location')!, current).href;
      if (hops >= MAX_REDIRECTS) return { ok: false, notice: failedFetchNotice(url, false) };
      if (!mayFetch(next, pageUrl)) return { ok: false, notice: refusedNotice(url) };
      current = next;
      response = await fetchFn(current, init);
    }
    if (response.type === 'opaqueredirect') {
      response = await fetchFn(current, { ...init, redirect: 'follow' });
      if (response.url && !mayFetch(response.url, pageUrl)) {
        cancelBody(response);
        return { ok: false, notice: refusedNotice(url) };
      }
      current = response.url || current;
    }
    const problem = judgeResponse(url, {
      status: response.status,
      contentType: response.headers.get('content-type'),
      url: current,
    });
    if (problem) {
      cancelBody(response);
      return { ok: false, notice: problem };
    }
    const declaredLength = Number(response.headers.get('content-length') ?? NaN);
    const body = declaredLength > maxBytes ? null : await readCappedBody(response.body, maxBytes, controller.signal);
    if (!body?.ok) {
      if (!body) cancelBody(response);
      return { ok: false, notice: { level: 'warning', key: 'notice.alternateTooLarge', params: { url } } };
    }
    const html = decodeHtml(body.bytes, response.headers.get('content-type'));
    if (looksBinary(html)) {
      return {
        ok: false,
        notice: { level: 'warning', key: 'notice.alternateNotHtml', params: { url, type: 'binary' } },
      };
    }
    return { ok: true, html: html.slice(0, MAX_HTML_CHARS), url: current };
  } catch {
    return { ok: false, notice: failedFetchNotice(url, controller.signal.aborted) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The engine's fetch of counterpart pages: fetchHtml with one request at a time per site, so
 * that no page can make the extension send a site a burst of requests.
 */
export function queuedHtmlFetcher(fetchFn: typeof fetch, options: Omit<FetchHtmlOptions, 'pageUrl'> = {}) {
  const queue = new HostQueue();
  return (url: string, pageUrl: string): Promise<FetchOutcome> => {
    let site = '';
    try {
      site = new URL(url).host;
    } catch {
      // not a URL: fetchHtml refuses it
    }
    return queue.run(site, () => fetchHtml(url, fetchFn, { ...options, pageUrl }));
  };
}
