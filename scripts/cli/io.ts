/** Shared plumbing of the command-line tool: argument parsing and strict input reading. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** A subcommand: gets its arguments, writes its output to stdout, returns the exit code. */
export type CliCommand = (args: string[]) => Promise<number>;

/** An error the user caused (bad arguments, bad input): printed as one line, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses `--name value` and `--flag` options. `booleans` lists the flags that take no
 * value; any other `--name` must be followed by a value.
 */
export function parseArgs(args: string[], booleans: string[] = [], allowed?: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (allowed && !allowed.includes(rawName) && !booleans.includes(rawName)) {
        throw new CliError(`unknown option --${rawName}`);
      }
      if (booleans.includes(rawName)) {
        flags.set(rawName, true);
      } else if (inline !== undefined) {
        flags.set(rawName, inline);
      } else {
        const value = args[++i];
        if (value === undefined) throw new CliError(`option --${rawName} needs a value`);
        flags.set(rawName, value);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file (or stdin for `-`) as bytes; `.gz` files are gunzipped. */
export async function readBytes(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new CliError(`is a directory, not a file: ${path}`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new CliError(`not a valid gzip file: ${path}`);
    }
  }
  return bytes;
}

/** Decodes strict UTF-8 (a leading BOM is dropped); binary or non-UTF-8 input is an error. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new CliError(`${name} looks binary (it contains NUL bytes), not text`);
  return text;
}

/** Reads a UTF-8 text file (or stdin for `-`). */
export async function readText(path: string): Promise<string> {
  return decodeUtf8(await readBytes(path), path === '-' ? 'standard input' : path);
}

/** Writes one JSON value as a line to stdout. */
export function printJson(value: unknown, pretty = false): void {
  process.stdout.write(JSON.stringify(value, null, pretty ? 2 : undefined) + '\n');
}
