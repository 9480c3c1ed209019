/**
 * What a failed machine translation tells the user (UI string keys and their parameters),
 * whichever translator failed. A notice carries only statuses and language codes: never an
 * API key, never a provider's own error text.
 */
import type { LangCode, Notice } from '../types.ts';

const notice = (level: Notice['level'], key: Notice['key'], params?: Record<string, string>): Notice =>
  params ? { level, key, params } : { level, key };

export const translationNotices = {
  notConfigured: () => notice('info', 'notice.translationNotConfigured'),
  auth: () => notice('error', 'notice.translationAuth'),
  rateLimited: () => notice('warning', 'notice.translationRateLimited'),
  quota: () => notice('warning', 'notice.translationQuota'),
  timeout: () => notice('warning', 'notice.translationTimeout'),
  unavailable: (status: number) => notice('warning', 'notice.translationUnavailable', { status: String(status) }),
  unreachable: () => notice('warning', 'notice.translationUnreachable'),
  unsupportedLanguage: (lang: LangCode) => notice('warning', 'notice.translationUnsupportedLanguage', { lang }),
  badResponse: () => notice('warning', 'notice.translationBadResponse'),
  insecureServer: () => notice('error', 'notice.translationInsecureServer'),
} as const;
