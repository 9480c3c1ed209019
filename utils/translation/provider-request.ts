/**
 * One request to a translation provider: a JSON POST with a timeout that covers the answer's
 * body too, no cookies and no redirects, its outcome sorted into what went wrong. Pure:
 * `fetch` comes in as an argument.
 */
import { isRecord } from '../is-record.ts';
import { translationNotices } from './translation-notices.ts';
import type { Notice } from '../types.ts';

export type PostResult =
  | { kind: 'ok'; body: unknown }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'badBody' };

/** What translating one batch of texts gave: one translation per text, in order, or why not. */
export type BatchResult = { ok: true; texts: string[] } | { ok: false; notice: Notice };

export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<PostResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body,
      credentials: 'omit',
      // A redirect would resend the request (and its key) elsewhere, or turn the POST into a GET.
      redirect: 'error',
      signal: controller.signal,
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      return { kind: 'http', status: response.status, message: errorMessage(text) };
    }
    try {
      return { kind: 'ok', body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'badBody' };
    }
  } catch {
    return timedOut ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** The error text of a provider's error body (DeepL `message`, LibreTranslate `error`), for classifying only. */
function errorMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (isRecord(parsed)) {
      const parts = [parsed['message'], parsed['error'], parsed['detail']].filter(
        (p): p is string => typeof p === 'string',
      );
      return parts.join(' ').slice(0, 500);
    }
  } catch {
    // not JSON
  }
  return text.slice(0, 500);
}

/** The notice for a failed request that no provider-specific rule explained. */
export function failureNotice(result: Exclude<PostResult, { kind: 'ok' }>): Notice {
  switch (result.kind) {
    case 'timeout':
      return translationNotices.timeout();
    case 'network':
      return translationNotices.unreachable();
    case 'badBody':
      return translationNotices.badResponse();
    case 'http':
      if (result.status === 429) return translationNotices.rateLimited();
      return translationNotices.unavailable(result.status);
  }
}
