/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (each module exports
 * `run(): Promise<void>` and prints its own figures), or only those named:
 * `npm run bench -- alignment matching`.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => basename(file, '.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

let failed = 0;
for (const name of names) {
  process.stdout.write(`\n## ${name}\n`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as { run: () => Promise<void> };
    await mod.run();
  } catch (error) {
    failed++;
    process.stdout.write(`FAILED: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.stdout.write(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
process.exitCode = failed ? 1 : 0;
