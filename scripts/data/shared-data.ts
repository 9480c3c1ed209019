/**
 * Where the project's shared test data lives: `../shared/data` beside the repository
 * (as on every developer machine and in CI), or $COUNTERPART_SHARED_DATA.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDataPath(...parts: string[]): string {
  const root = process.env.COUNTERPART_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  if (!existsSync(root)) {
    throw new Error(
      `shared test data not found at ${root}: check out the project with ../shared beside it, or set COUNTERPART_SHARED_DATA`,
    );
  }
  return resolve(root, ...parts);
}
