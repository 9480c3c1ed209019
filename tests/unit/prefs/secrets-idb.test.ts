/** The secret store in IndexedDB (fake-indexeddb). */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { secretStore } from '../../../utils/prefs/secrets-idb.ts';

describe('secretStore', () => {
  it('keeps, gives back and forgets a value by name, for every context of the origin', async () => {
    const store = secretStore('secrets-a');
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', { kind: 'deepl', apiKey: 'x:fx' });
    expect(await secretStore('secrets-a').get('k')).toEqual({ kind: 'deepl', apiKey: 'x:fx' });
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('lets its database be deleted, then opens it again', async () => {
    const store = secretStore('secrets-b');
    await store.set('k', 1);
    await deleteDB('secrets-b');
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', 2);
    expect(await store.get('k')).toBe(2);
  });
});
