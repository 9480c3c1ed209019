import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/data/shared-data.ts';

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', () => {
    const bin = resolve(repoRoot, 'node_modules/.bin/web-ext');
    let output: string;
    try {
      output = execFileSync(
        bin,
        ['lint', '--source-dir', resolve(repoRoot, '.output/firefox-mv2'), '--output', 'json', '--no-config-discovery'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      output = (error as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      errors: Array<{ code: string; message: string; file?: string }>;
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });
});
