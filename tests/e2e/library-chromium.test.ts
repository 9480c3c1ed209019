import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../utils/types.ts';
import { libraryExport, numberedArticle } from './support/library-file.ts';
import { launchChromium, type ChromiumSession } from './support/browsers.ts';
import { waitForPanelState } from './support/panel.ts';
import { startTestSite, type TestSite } from '../../scripts/site/test-site.ts';

/** Every record of the extension's IndexedDB library, read in one of its pages, by id. */
const READ_LIBRARY = `new Promise((resolve, reject) => {
  const open = indexedDB.open('counterpart-library');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const all = db.transaction('articles').objectStore('articles').getAll();
    all.onerror = () => reject(all.error);
    all.onsuccess = () => { db.close(); resolve(all.result.sort((a, b) => (a.id < b.id ? -1 : 1))); };
  };
})`;

const readLibrary = async (page: Page) => await page.evaluate<LibraryEntry[]>(READ_LIBRARY);

/** Picks `file` in the options page's import input; returns the message it leads to (which must differ from the one before). */
async function importFile(
  options: Page,
  file: { name: string; text: string },
): Promise<{ level: string | null; text: string }> {
  const message = options.locator('[data-testid=library-message]');
  const before = (await message.count()) > 0 ? await message.textContent() : null;
  await options.locator('[data-testid=library-import]').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text, 'utf8'),
  });
  // Progress messages ("Importing 100 articles…") come first and carry data-busy: wait for the outcome.
  const settled = async () =>
    (await message.count()) > 0 && (await message.getAttribute('data-busy')) === null
      ? await message.textContent()
      : before;
  await expect.poll(settled, { timeout: 20_000 }).not.toBe(before);
  return { level: await message.getAttribute('data-level'), text: (await message.textContent()) ?? '' };
}

/** An export file of `count` articles of 20 kB that do not compress (Chromium compresses what it stores). */
function libraryFile(count: number, site: string): string {
  return libraryExport(
    Array.from({ length: count }, (_, i) =>
      numberedArticle(i, {
        url: `https://${site}.example/${i}`,
        text: randomBytes(15_000).toString('base64'),
        savedAt: i,
      }),
    ),
  );
}

/**
 * Sets Chromium's quota for the extension's origin to `room` bytes above what it uses now, and
 * returns the function that lifts the limit. Set it before the library's first write: lowered
 * after a write, the quota was not enforced for that database in our runs.
 */
async function limitQuota(session: ChromiumSession, page: Page, room: number): Promise<() => Promise<void>> {
  const cdp = await session.context.newCDPSession(page);
  const origin = `chrome-extension://${session.extensionId}`;
  const { usage } = await page.evaluate<{ usage: number }>('navigator.storage.estimate()');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + room });
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
  };
}

describe('Chromium, built extension: the library moves to a fresh profile by export and import', () => {
  let site: TestSite;
  let first: ChromiumSession | undefined;
  let second: ChromiumSession | undefined;
  let third: ChromiumSession | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-export-'));
  const exportPath = join(dir, 'library.json');
  let original: LibraryEntry[] = [];

  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await third?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the library of a profile that read two articles', async () => {
    first = await launchChromium();
    for (const path of ['/en.html', '/de-plain.html']) {
      const { tabId } = await first.openTab(site.url(path));
      await waitForPanelState(await first.openPanel(tabId), ['ready']);
    }
    const options = await first.extensionPage('options.html');
    const entries = options.locator('[data-testid=library-entry]');
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    original = await readLibrary(options);
    expect(original.map((e) => e.id)).toEqual(
      expect.arrayContaining([site.url('/en.html'), site.url('/de-plain.html')]),
    );

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('[data-testid=library-export]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^counterpart-library-\d{4}-\d{2}-\d{2}\.json$/);
    await download.saveAs(exportPath);
    const file = JSON.parse(readFileSync(exportPath, 'utf8')) as {
      format: string;
      schemaVersion: number;
      exportedAt: string;
      articles: LibraryEntry[];
    };
    expect(file.format).toBe('counterpart-library');
    expect(file.schemaVersion).toBe(1);
    expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
    expect(file.articles.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(original);
    expect(await options.locator('[data-testid=library-message]').textContent()).toBe(
      `${original.length} articles exported.`,
    );
    await first.close();
    first = undefined;
  });

  it('imports it into a fresh profile with nothing lost, refusing a wrong file without touching the library', async () => {
    expect(original.length).toBeGreaterThanOrEqual(2);
    second = await launchChromium();
    const options = await second.extensionPage('options.html');
    await options.waitForSelector('[data-testid=library-empty]');

    // A file of the wrong shape: a clear message, nothing written.
    const wrong = await importFile(options, { name: 'wrong.json', text: JSON.stringify({ articles: original }) });
    expect(wrong).toEqual({
      level: 'error',
      text: 'This file is not a Counterpart library export. Nothing was imported.',
    });
    expect(await options.getByRole('alert').textContent()).toBe(wrong.text);
    expect(await readLibrary(options)).toEqual([]);
    await options.waitForSelector('[data-testid=library-empty]');

    // The export: every article, exactly as it was.
    const done = await importFile(options, { name: 'library.json', text: readFileSync(exportPath, 'utf8') });
    expect(done).toEqual({
      level: 'info',
      text: `${original.length} imported, 0 skipped (already in your library in the same or a newer version).`,
    });
    expect(await readLibrary(options)).toEqual(original);
    await expect.poll(() => options.locator('[data-testid=library-entry]').count()).toBe(original.length);

    // Again: all skipped, nothing changed.
    const again = await importFile(options, { name: 'library.json', text: readFileSync(exportPath, 'utf8') });
    expect(again.text).toBe(
      `0 imported, ${original.length} skipped (already in your library in the same or a newer version).`,
    );

    // A newer format version and a damaged article: refused as a whole, the library as it was.
    const file = JSON.parse(readFileSync(exportPath, 'utf8')) as {
      schemaVersion: number;
      articles: Array<Partial<LibraryEntry>>;
    };
    const newer = await importFile(options, {
      name: 'newer.json',
      text: JSON.stringify({ ...file, schemaVersion: 99 }),
    });
    expect(newer.level).toBe('error');
    expect(newer.text).toContain('newer version of Counterpart');
    const damaged = {
      ...file,
      articles: [
        { ...file.articles[0], title: 'Changed', savedAt: Date.now() + 1e9 },
        { ...file.articles[1], text: undefined },
      ],
    };
    const broken = await importFile(options, { name: 'damaged.json', text: JSON.stringify(damaged) });
    expect(broken).toEqual({
      level: 'error',
      text: 'Article 2 in this file is damaged (field “text”). Nothing was imported.',
    });
    expect(await readLibrary(options)).toEqual(original);

    // And the library works: the German page without an alternate finds the imported English one.
    const { tabId } = await second.openTab(site.url('/de-plain.html'));
    const snapshot = await waitForPanelState(await second.openPanel(tabId), ['ready']);
    expect(snapshot.source).toBe('library');
    expect(snapshot.langPage).toBe('de');
    expect(snapshot.langCounterpart).toBe('en');
    await second.close();
    second = undefined;
  });

  it('says so when an import does not fit in the storage left, and keeps the library as it was', async () => {
    third = await launchChromium();
    const options = await third.extensionPage('options.html');
    await options.waitForSelector('[data-testid=library-empty]');
    const unlimit = await limitQuota(third, options, 1_000_000);
    try {
      expect((await importFile(options, { name: 'small.json', text: libraryFile(2, 'small') })).level).toBe('info');
      const before = await readLibrary(options);
      expect(before).toHaveLength(2);
      // 2 MB where there is room for 1 MB.
      expect(await importFile(options, { name: 'big.json', text: libraryFile(100, 'big') })).toEqual({
        level: 'error',
        text: 'There is not enough storage space for this import. Nothing was imported; your library is as it was.',
      });
      expect(await readLibrary(options)).toEqual(before);
    } finally {
      await unlimit();
    }
  });
});
