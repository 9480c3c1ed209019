/**
 * The translation setting in two parts: the API key, kept where content scripts cannot read it
 * (the extension origin's IndexedDB, see utils/prefs/secrets-idb.ts), and the rest (the provider,
 * its server address), which stays in storage.local. Works on values as storage holds them,
 * unchecked: earlier versions stored the key inside the setting, `{ kind: 'deepl', apiKey, … }`.
 */
import { isRecord } from '../is-record.ts';

/** The key of a provider, as the secret store holds it: which provider it belongs to, and the key as it was stored. */
export interface TranslationSecret {
  kind: unknown;
  apiKey: unknown;
}

export interface SplitSetting {
  /** The setting without its key: what storage.local may hold. */
  open: unknown;
  /** Its key, if it has one. */
  secret: TranslationSecret | null;
}

/** A setting (or a stored value) split into its key and the rest. Nothing is checked or dropped. */
export function splitTranslationSecret(value: unknown): SplitSetting {
  if (!isRecord(value) || !('apiKey' in value)) return { open: value, secret: null };
  const { apiKey, ...open } = value;
  return { open, secret: apiKey === undefined ? null : { kind: value['kind'], apiKey } };
}

/**
 * The setting with its key put back: the key of the secret store joins the rest when it belongs
 * to the same provider. A value that still holds a key of its own (stored by an earlier version)
 * keeps it.
 */
export function joinTranslationSecret(open: unknown, secret: unknown): unknown {
  if (!isRecord(open) || 'apiKey' in open) return open;
  if (!isRecord(secret) || secret['kind'] !== open['kind'] || secret['apiKey'] === undefined) return open;
  return { ...open, apiKey: secret['apiKey'] };
}
