import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../utils/types.ts';
import { libraryExport, numberedArticle } from './support/library-file.ts';
import { launchChromium, type ChromiumSession } from './support/browsers.ts';

/** Picks the file at `path` in the options page's import input; returns the message it ends with. */
async function importPath(
  options: Page,
  path: string,
  done = /imported|Nothing was imported/,
): Promise<{ level: string | null; text: string; ms: number }> {
  const message = options.locator('[data-testid=library-message]');
  const started = Date.now();
  await options.locator('[data-testid=library-import]').setInputFiles(path);
  await expect
    .poll(async () => ((await message.count()) > 0 ? ((await message.textContent()) ?? '') : ''), { timeout: 60_000 })
    .toMatch(done);
  return {
    level: await message.getAttribute('data-level'),
    text: (await message.textContent()) ?? '',
    ms: Date.now() - started,
  };
}

function article(i: number, url = `https://news.example/${i}`): LibraryEntry {
  return numberedArticle(i, { url, text: `Article number ${i}.`, savedAt: 1_700_000_000_000 + i * 1000 });
}

describe('Chromium, built extension: the options page with a large or hostile library', () => {
  let session: ChromiumSession | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-hygiene-'));
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a 101 MB file at once, and a file with a javascript: address, importing nothing', async () => {
    session = await launchChromium();
    const options = await session.extensionPage('options.html');
    await options.waitForSelector('[data-testid=library-empty]');
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(101 * 1024 * 1024, 0x20));
    const refused = await importPath(options, huge);
    expect(refused.level).toBe('error');
    expect(refused.text).toContain('too large to import (101 MB; at most 64 MB)');
    expect(refused.ms).toBeLessThan(5_000);
    const hostile = join(dir, 'hostile.json');
    writeFileSync(hostile, libraryExport([article(1), article(2, 'javascript:alert(document.domain)')]));
    expect((await importPath(options, hostile)).text).toBe(
      'Article 2 in this file has an address that is not a web address (http or https). Nothing was imported.',
    );
    await options.waitForSelector('[data-testid=library-empty]');
  });

  it('pages through 600 articles to the oldest one, deletes it, and "delete all" names and clears every one', async () => {
    const options = await session!.extensionPage('options.html');
    const file = join(dir, 'six-hundred.json');
    writeFileSync(file, libraryExport(Array.from({ length: 600 }, (_, i) => article(i))));
    expect((await importPath(options, file)).text).toBe(
      '600 imported, 0 skipped (already in your library in the same or a newer version).',
    );
    await expect
      .poll(() => options.locator('[data-testid=library-page-range]').textContent())
      .toBe('Articles 1–100 of 600');
    expect(await options.locator('[data-testid=library-summary]').textContent()).toContain('600 articles');
    for (let page = 0; page < 5; page += 1) await options.click('[data-testid=library-next]');
    await expect
      .poll(() => options.locator('[data-testid=library-page-range]').textContent())
      .toBe('Articles 501–600 of 600');
    const oldest = options.locator('[data-testid=library-entry][data-id="https://news.example/0"]');
    await oldest.locator('[data-testid=library-delete]').click();
    await expect
      .poll(() => options.locator('[data-testid=library-page-range]').textContent())
      .toBe('Articles 501–599 of 599');
    // Every word matches: "article" and a 7 anywhere in the number (1–599: 114 of them), searched in the whole library.
    await options.fill('[data-testid=library-search]', 'Article 7');
    await expect
      .poll(() => options.locator('[data-testid=library-search-count]').textContent())
      .toBe('114 of 599 articles shown');
    await options.fill('[data-testid=library-search]', '');
    await options.click('[data-testid=library-clear]');
    expect(await options.getByRole('alertdialog').textContent()).toContain('Delete all 599 articles');
    await options.click('[data-testid=library-clear-confirm]');
    await options.waitForSelector('[data-testid=library-empty]');
  });
});
