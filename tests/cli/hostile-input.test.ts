// @vitest-environment node
/**
 * Hostile and careless input to the command-line tool: bombs, huge and deeply nested pages,
 * unclosed elements, bad files and arguments. Each is handled in bounded time, or refused with
 * one line on stderr and exit 2; stdout carries only JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPageHtml } from '../../scripts/site/news-page.ts';
import { repoRoot } from '../../scripts/data/shared-data.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function cli(args: string[], input?: string, timeout = 60_000): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/cli.ts'), ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 << 20,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds: (performance.now() - started) / 1000,
  };
}

function expectRefused(run: Run, message: RegExp, label: string): void {
  expect(run.status, `${label}: ${run.stderr}`).toBe(2);
  expect(run.stdout, label).toBe('');
  expect(run.stderr, label).toMatch(/^error: [^\n]+\n$/);
  expect(run.stderr, label).toMatch(message);
}

const deep = (depth: number) =>
  `<!doctype html><html lang="en"><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>The text at the bottom of a deeply nested page, long enough to read.</p>${'</div>'.repeat(depth)}</body></html>`;

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
  mkdirSync(path('a-directory'));
  writeFileSync(path('good.html'), seedPageHtml('en'));
  writeFileSync(path('good.txt'), 'A sentence to align.\n');
  writeFileSync(path('not-gzip.html.gz'), 'plain text, not gzip');
  // 80 MB once decompressed, 80 KB on disk.
  writeFileSync(
    path('bomb.html.gz'),
    gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(80 << 20, 0x20)]), { level: 9 }),
  );
  writeFileSync(path('huge.txt'), Buffer.alloc(17 << 20, 0x61));
  writeFileSync(path('deep-10000.html'), deep(10_000));
  writeFileSync(path('deep-100000.html'), deep(100_000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli: bad input is one line on stderr and exit 2', () => {
  it('bad commands, arguments and files', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /usage: cli/],
      [['bogus'], /unknown command "bogus"/],
      [['extract'], /usage: cli extract/],
      [['extract', path('good.html'), '--bogus'], /unknown option --bogus/],
      [['extract', path('good.html'), '--url'], /--url needs a value/],
      [['extract', path('good.html'), '--url', 'not a url'], /not a valid URL/],
      [['extract', path('a-directory')], /is a directory/],
      [['extract', path('not-gzip.html.gz')], /not a valid gzip file/],
      [['detect', path('a-directory')], /is a directory/],
      [['align', path('good.txt')], /usage: cli align/],
      [['match', path('a-directory'), path('good.txt')], /is a directory/],
    ];
    for (const [args, message] of cases) expectRefused(cli(args), message, args.join(' ') || '(no arguments)');
  });

  it('a gzip bomb is refused while decompressing, not read whole', () => {
    const run = cli(['extract', path('bomb.html.gz')]);
    expectRefused(run, /bomb\.html\.gz is larger than 64 MB once decompressed/, 'bomb');
  });

  it('an endless or oversized input is refused at the limit', () => {
    if (process.platform === 'linux')
      expectRefused(cli(['extract', '/dev/zero']), /\/dev\/zero is larger than 64 MB/, '/dev/zero');
    expectRefused(cli(['align', path('huge.txt'), path('good.txt')]), /huge\.txt is larger than 16 MB/, 'align huge');
  });

  it('a page nested 100,000 deep is refused, by extract and by detect', () => {
    expectRefused(
      cli(['extract', path('deep-100000.html')]),
      /nested about 100,00\d deep, too deep to read/,
      'extract deep',
    );
    expectRefused(cli(['detect', path('deep-100000.html')]), /too deep to read/, 'detect deep');
  });

  it('--jsonl: each bad line is an {"error"} line and the run goes on', () => {
    const lines = ['bomb.html.gz', 'deep-100000.html', 'a-directory', 'good.html'].map((name) =>
      JSON.stringify({ file: path(name), url: 'https://news.example/a' }),
    );
    const run = cli(['extract', '--jsonl'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results).toHaveLength(4);
    expect(results[0]!['error']).toMatch(/larger than 64 MB once decompressed/);
    expect(results[1]!['error']).toMatch(/too deep to read/);
    expect(results[2]!['error']).toMatch(/is a directory/);
    expect(results[3]).toMatchObject({ isArticle: true, lang: 'en' });
  });
});

describe('cli extract: hostile pages in bounded time', () => {
  it('reads a page nested 10,000 deep: its text, no stack overflow', () => {
    const run = cli(['extract', path('deep-10000.html')]);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { text: string }).text).toContain(
      'The text at the bottom of a deeply nested page',
    );
  });

  // Hang guards, not speed targets: before the one-pass scan these took minutes (22 s at 2 MB,
  // about 4× more each time the page doubles).
  it.each([
    ['comments left open', '<p>Some text here.</p><!-- c '],
    ['scripts left open', '<p>Some text here.</p><script>x'],
  ])(
    'reads 4 MB of %s',
    (_, unit) => {
      const file = path(`open-${unit.length}.html`);
      writeFileSync(
        file,
        `<!doctype html><html lang="en"><head><title>Open</title></head><body><article>${seedPageHtml('en')}${unit.repeat(Math.ceil(4_000_000 / unit.length))}</article></body></html>`,
      );
      const run = cli(['extract', file], undefined, 20_000);
      expect(run.status, `${run.stderr} after ${run.seconds.toFixed(1)} s`).toBe(0);
      expect(JSON.parse(run.stdout)).toHaveProperty('text');
    },
    30_000,
  );

  it('says when it cuts a page at the HTML limit: a warning on stderr, "truncated" in the JSON', () => {
    const words = 'The council met on Tuesday to discuss the new budget for the city roads. ';
    const file = path('long.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Long</title></head><body><article><h1>Long</h1><p>${words.repeat(Math.ceil(8_500_000 / words.length))}</p></article></body></html>`,
    );
    const run = cli(['extract', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /^warning: \S*long\.html is 8,5\d\d,\d\d\d characters .*only the first 8,000,000 are read\n$/,
    );
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ isArticle: true, truncated: true });
    const normal = cli(['extract', path('good.html')]);
    expect(normal.stderr).toBe('');
    expect(JSON.parse(normal.stdout)).not.toHaveProperty('truncated');
  });
});
