// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { homepageHtml, seedPageHtml } from '../../scripts/site/news-page.ts';
import { repoRoot, sharedDataPath } from '../../scripts/data/shared-data.ts';

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/cli.ts'), ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-extract-'));
  writeFileSync(join(dir, 'en.html'), seedPageHtml('en', { alternates: [{ lang: 'de', url: '/de/consultations' }] }));
  writeFileSync(join(dir, 'de.html.gz'), gzipSync(seedPageHtml('de')));
  writeFileSync(join(dir, 'home.html'), homepageHtml());
  writeFileSync(join(dir, 'plain.txt'), 'Just a line of text, no markup at all.');
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.html'), Buffer.from('<html><body><p>Caf\xe9 cr\xe8me</p></body></html>', 'latin1'));
});

describe('cli extract', () => {
  it('extracts a page: every documented field, stdout only JSON', () => {
    const { status, stdout } = cli(['extract', join(dir, 'en.html'), '--url', 'https://news.az/en/consultations']);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(result).toMatchObject({
      isArticle: true,
      lang: 'en',
      alternates: [{ lang: 'de', url: 'https://news.az/de/consultations' }],
    });
    expect(result['published']).toMatch(/^2024-10-21/);
    for (const key of ['title', 'byline', 'text', 'paragraphs']) expect(result).toHaveProperty(key);
    expect(result['text']).not.toContain('16 px');
  });

  it('--jsonl: one result per line in order, a bad line gives {"error"} and the run goes on', () => {
    const input = [
      JSON.stringify({ file: join(dir, 'de.html.gz'), url: 'https://news.az/de/consultations' }),
      'this is not json',
      JSON.stringify({ file: join(dir, 'missing.html'), url: 'https://x.example/' }),
      JSON.stringify({ file: join(dir, 'home.html'), url: 'https://dailycourier.example/' }),
      JSON.stringify({ file: join(dir, 'plain.txt') }),
      JSON.stringify({ file: join(dir, 'en.html'), url: 'https://news.az/en/consultations' }),
    ].join('\n');
    const { status, stdout } = cli(['extract', '--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results).toHaveLength(6);
    expect(results[0]).toMatchObject({ isArticle: true, lang: 'de' });
    expect(results[1]).toHaveProperty('error');
    expect(results[2]!['error']).toMatch(/no such file/);
    expect(results[3]).toMatchObject({ isArticle: false });
    expect(results[4]!['error']).toMatch(/HTML/);
    expect(results[5]).toMatchObject({ isArticle: true, lang: 'en' });
  });

  it('bad input: one-line error on stderr, exit 2, nothing on stdout', () => {
    for (const file of ['missing.html', 'plain.txt', 'empty.html', 'binary.html', 'latin1.html']) {
      const { status, stdout, stderr } = cli(['extract', join(dir, file)]);
      expect(status, file).toBe(2);
      expect(stdout, file).toBe('');
      expect(stderr.trim().split('\n'), file).toHaveLength(1);
      expect(stderr, file).toMatch(/^error: /);
    }
  });
});

describe('cli detect', () => {
  it('detects the language of a text file and of an HTML page', () => {
    const text = cli(['detect', sharedDataPath('seed', 'de.txt')]);
    expect(text.status).toBe(0);
    expect(JSON.parse(text.stdout)).toEqual({ lang: 'de', confidence: expect.any(Number) });
    const html = cli(['detect', join(dir, 'en.html')]);
    expect(JSON.parse(html.stdout)).toMatchObject({ lang: 'en' });
  });

  it('bad input fails with one line on stderr', () => {
    const { status, stderr } = cli(['detect', join(dir, 'binary.html')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^error: .*\n$/);
  });
});
