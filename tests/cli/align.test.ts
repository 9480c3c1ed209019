import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedDataPath } from '../../scripts/data/shared-data.ts';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/cli.ts', 'align', ...args], {
      cwd: repoRoot,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'cli-align-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

interface AlignJson {
  a: { lang: string; sentences: string[] };
  b: { lang: string; sentences: string[] };
  pairs: { a: number[]; b: number[]; score?: number }[];
}

describe('cli align', () => {
  it('aligns the seed pair from the raw files, detecting the languages', async () => {
    const { code, stdout } = await cli(sharedDataPath('seed/en.txt'), sharedDataPath('seed/de.txt'));
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as AlignJson;
    expect(out.a.lang).toBe('en');
    expect(out.b.lang).toBe('de');
    const gold = JSON.parse(readFileSync(sharedDataPath('seed/gold.json'), 'utf8')) as { en: string[]; de: string[] };
    for (const s of gold.en) expect(out.a.sentences).toContain(s);
    for (const s of gold.de) expect(out.b.sentences).toContain(s);
    expect(out.pairs.flatMap((p) => p.a)).toEqual(out.a.sentences.map((_, i) => i));
    expect(out.pairs.flatMap((p) => p.b)).toEqual(out.b.sentences.map((_, j) => j));
    const lead = out.a.sentences.indexOf(gold.en[0]!);
    expect(out.pairs).toContainEqual(expect.objectContaining({ a: [lead], b: [] }));
    for (const p of out.pairs) expect(Object.keys(p).sort()).toEqual(['a', 'b', 'score']);
  });

  it('--presegmented takes one sentence a line, languages as given', async () => {
    const a = file('a.txt', 'Erster Satz mit 1988.\n\nZweiter Satz. Noch einer.\n');
    const b = file('b.txt', 'Première phrase en 1988.\nDeuxième phrase. Encore une.\n');
    const { code, stdout } = await cli(a, b, '--presegmented', '--lang-a', 'de', '--lang-b', 'fr');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as AlignJson;
    expect(out.a).toEqual({ lang: 'de', sentences: ['Erster Satz mit 1988.', 'Zweiter Satz. Noch einer.'] });
    expect(out.b.sentences).toHaveLength(2);
    expect(out.pairs.map((p) => [p.a, p.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('writes TSV and TMX', async () => {
    const a = file('ta.txt', 'Hallo Welt.\n');
    const b = file('tb.txt', 'Bonjour le monde.\n');
    const tsv = await cli(a, b, '--format', 'tsv', '--lang-a', 'de', '--lang-b', 'fr');
    expect(tsv.code).toBe(0);
    expect(tsv.stdout.split('\n')[0]).toBe('a_ids\tb_ids\tscore\tde\tfr');
    const tmx = await cli(a, b, '--format=tmx', '--lang-a', 'de', '--lang-b', 'fr');
    expect(tmx.code).toBe(0);
    expect(tmx.stdout).toContain('<tmx version="1.4">');
    expect(tmx.stdout).toContain('<tuv xml:lang="fr"><seg>Bonjour le monde.</seg></tuv>');
  });

  it('fails clearly on bad input', async () => {
    const good = file('g.txt', 'Ein Satz.\n');
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.txt'), good], /no such file/],
      [[file('bin.dat', Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00])), good], /not valid UTF-8|binary/],
      [[file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), good], /not valid UTF-8/],
      [[file('empty.txt', '  \n\n'), good], /empty/],
      [[good], /usage/],
      [[good, good, '--format', 'xml'], /--format/],
      [[good, good, '--bogus'], /unknown option/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await cli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });

  it('handles a large text without sentence punctuation', async () => {
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa ';
    const big = file('big.txt', words.repeat(Math.ceil(2_000_000 / words.length)));
    const small = file('small.txt', 'alpha beta gamma.\n');
    const { code, stdout } = await cli(big, small, '--lang-a', 'en', '--lang-b', 'en');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as AlignJson;
    expect(out.a.sentences.length).toBeGreaterThan(100);
    expect(out.pairs.flatMap((p) => p.b)).toEqual([0]);
  });

  it('aligns 25,000 × 25,000 lines with no word in common in bounded time, the rest past 20,000 unpaired with a warning', async () => {
    const lines = (prefix: string, seed: number): string => {
      let t = seed;
      const next = (): number => (t = (Math.imul(t, 1103515245) + 12345) >>> 0) / 4294967296;
      const word = (): string => prefix + Math.floor(next() * 3000).toString(36);
      return Array.from(
        { length: 25_000 },
        () => Array.from({ length: 6 + Math.floor(next() * 10) }, word).join(' ') + '.',
      ).join('\n');
    };
    const a = file('unrelated-a.txt', lines('qx', 1));
    const b = file('unrelated-b.txt', lines('zy', 2));
    const started = Date.now();
    const { code, stdout, stderr } = await cli(
      a,
      b,
      '--presegmented',
      '--lang-a',
      'de',
      '--lang-b',
      'fr',
      '--format',
      'tsv',
    );
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(stderr).toMatch(/only the first 20000 sentences of each side were aligned/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    const rows = stdout.trim().split('\n').slice(1);
    const ids = (column: number): number[] =>
      rows.flatMap((row) =>
        row
          .split('\t')
          [column]!.split(/[^0-9]+/)
          .filter(Boolean)
          .map(Number),
      );
    expect(ids(0)).toEqual(Array.from({ length: 25_000 }, (_, i) => i));
    expect(ids(1).sort((x, y) => x - y)).toEqual(Array.from({ length: 25_000 }, (_, i) => i));
  }, 120_000);
});
