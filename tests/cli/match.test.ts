import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../scripts/cli/io.ts';
import { run } from '../../scripts/cli/match.ts';
import { MATCH_THRESHOLD } from '../../utils/match/rank-counterparts.ts';
import { loadNewstest, type NewstestDocument } from '../../scripts/data/newstest.ts';
import { repoRoot, sharedDataPath } from '../../scripts/data/shared-data.ts';

const execFileAsync = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

const dir = mkdtempSync(join(tmpdir(), 'cli-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonl = (name: string, lines: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return path;
};
const line = (doc: NewstestDocument, withLang = true) => ({
  id: doc.id,
  ...(withLang ? { lang: doc.lang } : {}),
  title: doc.title,
  text: doc.text,
});

interface Output {
  threshold: number;
  results: Array<{
    query: string;
    lang: string;
    match: string | null;
    candidates: Array<{ id: string; score: number }>;
  }>;
}

async function cli(args: string[]): Promise<Output> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(await run(args)).toBe(0);
  } finally {
    spy.mockRestore();
  }
  return JSON.parse(out) as Output;
}

describe('cli match', () => {
  it('finds the English counterpart of ≥ 98% of newstest2014 German, French and Russian documents', async () => {
    const corpus = loadNewstest();
    expect(corpus.all).toHaveLength(894);
    expect(corpus.english).toHaveLength(379);
    const library = jsonl(
      'library.jsonl',
      corpus.all.map((doc) => line(doc)),
    );
    const queries = jsonl(
      'queries.jsonl',
      corpus.foreign.map((doc) => line(doc)),
    );
    const output = await cli([library, queries, '--lang', 'en']);
    expect(output.threshold).toBe(MATCH_THRESHOLD);
    expect(output.results).toHaveLength(515);
    let correct = 0;
    let accepted = 0;
    let acceptedCorrect = 0;
    output.results.forEach((result, index) => {
      const doc = corpus.foreign[index]!;
      expect(result.query).toBe(doc.id);
      for (const c of result.candidates) expect(c.id.startsWith('en:')).toBe(true);
      const top = result.candidates[0];
      if (top?.id === `en:${doc.docid}`) correct++;
      if (result.match) {
        accepted++;
        if (result.match === `en:${doc.docid}`) acceptedCorrect++;
      }
    });
    expect(correct / 515).toBeGreaterThanOrEqual(0.98);
    expect(acceptedCorrect / accepted).toBeGreaterThanOrEqual(0.98);
    expect(accepted / 515).toBeGreaterThanOrEqual(0.8);
  }, 60_000);

  it('detects a missing language and lists candidates best first', async () => {
    const corpus = loadNewstest();
    const en = corpus.english.slice(0, 40);
    const de = corpus.foreign.filter((doc) => doc.lang === 'de' && en.some((e) => e.docid === doc.docid)).slice(0, 3);
    expect(de.length).toBeGreaterThan(0);
    const library = jsonl(
      'small-library.jsonl',
      en.map((doc) => line(doc, false)),
    );
    const queries = jsonl(
      'small-queries.jsonl',
      de.map((doc) => line(doc, false)),
    );
    const output = await cli([library, queries]);
    output.results.forEach((result, index) => {
      expect(result.lang).toBe('de');
      expect(result.candidates[0]?.id).toBe(`en:${de[index]!.docid}`);
      const scores = result.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });

  it('rejects bad input with a clear error', async () => {
    const good = jsonl('good.jsonl', [{ id: 'a', lang: 'en', title: 'T', text: 'Text about Berlin.' }]);
    const cases: Array<[string, RegExp]> = [
      [jsonl('not-json.jsonl', ['{"id": "a", "text": ']), /not-json\.jsonl:1: not a JSON object/],
      [jsonl('no-id.jsonl', [{ lang: 'en', text: 'Hello Berlin' }]), /"id" is missing/],
      [jsonl('empty-text.jsonl', [{ id: 'x', lang: 'en', text: '  ' }]), /"text" is missing or empty/],
      [
        jsonl('dup.jsonl', [
          { id: 'x', text: 'Berlin' },
          { id: 'x', text: 'Paris' },
        ]),
        /dup\.jsonl:2: id "x" appears twice/,
      ],
      [jsonl('empty.jsonl', ['']), /holds no articles/],
    ];
    for (const [path, message] of cases) {
      await expect(run([good, path])).rejects.toThrow(message);
      await expect(run([good, path])).rejects.toBeInstanceOf(CliError);
    }
    await expect(run([good, join(dir, 'missing.jsonl')])).rejects.toThrow(/no such file/);
    await expect(run([good])).rejects.toThrow(/usage: cli match/);
    await expect(run([good, good, '--lang', '??'])).rejects.toThrow(/not a language code/);
  });

  it('runs as `cli match`: the seed pair’s German finds its English; a bad line is a one-line error, exit 2', async () => {
    const corpus = loadNewstest();
    const seed = (lang: string) => readFileSync(sharedDataPath('seed', `${lang}.txt`), 'utf8');
    const library = jsonl('seed-library.jsonl', [
      ...corpus.english.slice(0, 60).map((doc) => line(doc)),
      { id: 'seed-en', lang: 'en', title: '', text: seed('en') },
    ]);
    const queries = jsonl('seed-queries.jsonl', [{ id: 'seed-de', title: '', text: seed('de') }]);
    const { stdout } = await execFileAsync(tsx, ['scripts/cli.ts', 'match', library, queries, '--lang', 'en'], {
      cwd: repoRoot,
    });
    const output = JSON.parse(stdout) as Output;
    expect(output.results[0]).toMatchObject({ query: 'seed-de', lang: 'de', match: 'seed-en' });
    expect(output.results[0]?.candidates[0]?.id).toBe('seed-en');

    const bad = jsonl('bad.jsonl', [{ id: 'x', lang: 'de', text: 'Berlin' }, 'not json']);
    const failure = await execFileAsync(tsx, ['scripts/cli.ts', 'match', library, bad], { cwd: repoRoot }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr).toMatch(/bad\.jsonl:2: not a JSON object/);
  }, 30_000);
});
