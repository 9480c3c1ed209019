/**
 * Storage glue: secrets (API keys) in the extension origin's IndexedDB. Extension pages and the
 * background share that database; content scripts cannot open it, as they run with the origin
 * of the page they are in, whereas every context of the extension, content scripts included,
 * may read storage.local (Firefox offers no way to restrict it; Chrome only from version 140).
 * Uses the global `indexedDB` of the extension context it runs in.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const SECRETS_DB_NAME = 'counterpart-secrets';

interface SecretsSchema extends DBSchema {
  secrets: { key: string; value: unknown };
}

export interface SecretStore {
  get(name: string): Promise<unknown>;
  set(name: string, value: unknown): Promise<void>;
  delete(name: string): Promise<void>;
}

/**
 * The secret store in database `dbName`, opened at its first use. The connection is kept, and
 * given up (to be opened again when next needed) when the database is to be deleted or upgraded
 * elsewhere, or is closed by the browser.
 */
export function secretStore(dbName: string = SECRETS_DB_NAME): SecretStore {
  let opening: Promise<IDBPDatabase<SecretsSchema>> | null = null;
  const forget = (attempt: Promise<IDBPDatabase<SecretsSchema>>) => {
    if (opening === attempt) opening = null;
    void attempt.then(
      (db) => db.close(),
      () => undefined,
    );
  };
  const open = (): Promise<IDBPDatabase<SecretsSchema>> => {
    if (opening) return opening;
    const attempt: Promise<IDBPDatabase<SecretsSchema>> = openDB<SecretsSchema>(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('secrets');
      },
      blocking: () => forget(attempt),
      terminated: () => forget(attempt),
    });
    opening = attempt;
    attempt.catch(() => forget(attempt));
    return attempt;
  };
  return {
    get: async (name) => (await open()).get('secrets', name),
    set: async (name, value) => {
      await (await open()).put('secrets', value, name);
    },
    delete: async (name) => (await open()).delete('secrets', name),
  };
}
