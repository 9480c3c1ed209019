/**
 * `npm run --silent cli -- <command> …` (the outside contract, ../shared/CONTRACT.md). stdout
 * carries only the command's output; any error is one line on stderr and a non-zero exit: 2 for
 * bad input or arguments, 1 for a fault of the tool itself.
 */
import { asCliError, CliError, errorMessage, type CliCommand } from './cli/io.ts';

const commands: Record<string, () => Promise<{ run: CliCommand }>> = {
  align: () => import('./cli/align.ts'),
  extract: () => import('./cli/extract.ts'),
  detect: () => import('./cli/detect.ts'),
  match: () => import('./cli/match.ts'),
};

const usage = `usage: cli <${Object.keys(commands).join('|')}> …  (see CONTRACT.md)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) throw new CliError(name ? `unknown command "${name}"; ${usage}` : usage);
  const { run } = await load();
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    process.exitCode = asCliError(error)?.exitCode ?? 1;
  },
);
