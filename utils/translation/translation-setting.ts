/**
 * The machine translation the user set up in the options page, as storage holds it: a provider
 * (the DeepL API with the user's key, a LibreTranslate server), Chrome's on-device translator,
 * or none. Read back from storage only through the validators here. A stored http:// server
 * of another computer is read as it is (nothing the user set is dropped) but never used: see
 * `insecureServerOf`.
 */
import { isRecord } from '../is-record.ts';

export type ProviderConfig =
  | { kind: 'none' }
  /** Default endpoint by key: keys ending ':fx' → https://api-free.deepl.com, else https://api.deepl.com. */
  | { kind: 'deepl'; apiKey: string; endpoint?: string }
  | { kind: 'libretranslate'; url: string; apiKey?: string };

/** What the user chose in the options page: a fetch provider, or Chrome's on-device translator. */
export type TranslationSetting = ProviderConfig | { kind: 'chrome' };

const MAX_KEY_CHARS = 512;
const MAX_URL_CHARS = 2048;

/**
 * A provider's server address as the user typed it, checked: http(s) only, no user name
 * or password in it, no query or fragment; trailing slashes removed. `null` when unusable.
 */
export function normalizeServerUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Whether `hostname`, as the URL parser writes it, is this computer: an address in
 * 127.0.0.0/8 (the parser writes every IPv4 notation as a dotted quad), `localhost` or `[::1]`.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host === '[::1]') return true;
  const octets = host.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}

/**
 * Whether a server address may carry an API key and an article's text: `'insecure'` for an
 * http:// address of another computer (key and text would travel unencrypted), `null` for
 * https:// and for http:// to this computer. The address is one `normalizeServerUrl` accepted.
 */
export function serverUrlProblem(url: string): 'insecure' | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'insecure';
  }
  if (parsed.protocol === 'https:') return null;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname) ? null : 'insecure';
}

/**
 * The server address of a setting that is kept but not used because it is insecure (see
 * `serverUrlProblem`): a LibreTranslate server or a DeepL endpoint; `null` when there is none.
 */
export function insecureServerOf(setting: TranslationSetting): string | null {
  const url = setting.kind === 'libretranslate' ? setting.url : setting.kind === 'deepl' ? setting.endpoint : undefined;
  return url !== undefined && serverUrlProblem(url) ? url : null;
}

function cleanKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const key = value.trim();
  // Printable ASCII only: a key goes into an HTTP header.
  if (!key || key.length > MAX_KEY_CHARS || !/^[\x21-\x7e]+$/.test(key)) return null;
  return key;
}

/** A provider configuration read from storage, checked and normalised; `null` when unusable. */
export function validateProviderConfig(value: unknown): ProviderConfig | null {
  if (!isRecord(value)) return null;
  switch (value['kind']) {
    case 'none':
      return { kind: 'none' };
    case 'deepl': {
      const apiKey = cleanKey(value['apiKey']);
      if (!apiKey) return null;
      if (value['endpoint'] === undefined) return { kind: 'deepl', apiKey };
      const endpoint = typeof value['endpoint'] === 'string' ? normalizeServerUrl(value['endpoint']) : null;
      return endpoint ? { kind: 'deepl', apiKey, endpoint } : null;
    }
    case 'libretranslate': {
      const url = typeof value['url'] === 'string' ? normalizeServerUrl(value['url']) : null;
      if (!url) return null;
      const rawKey = value['apiKey'];
      if (rawKey === undefined || rawKey === '') return { kind: 'libretranslate', url };
      const apiKey = cleanKey(rawKey);
      return apiKey ? { kind: 'libretranslate', url, apiKey } : null;
    }
    default:
      return null;
  }
}

/** The options page's setting read from storage: a provider, or `{ kind: 'chrome' }`; `null` when unusable. */
export function validateTranslationSetting(value: unknown): TranslationSetting | null {
  if (isRecord(value) && value['kind'] === 'chrome') return { kind: 'chrome' };
  return validateProviderConfig(value);
}
