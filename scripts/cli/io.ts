/** Shared plumbing of the command-line tool: argument parsing and strict input reading. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/** Whether `error` is the engine running out of stack (input nested deeper than the code can follow). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** `error` as the CliError it is reported as, if the user's input caused it. */
export function asCliError(error: unknown): CliError | null {
  if (error instanceof CliError) return error;
  if (isStackOverflow(error)) return new CliError('input nested too deeply to read');
  return null;
}

/** The one line an error is reported as. */
export function errorMessage(error: unknown): string {
  const known = asCliError(error) ?? error;
  return (known instanceof Error ? known.message : String(known)).split('\n')[0]!;
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

/** Input files larger than this (after decompression) are refused unless a command sets its own limit. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** `bytes` as a short figure for messages: `64 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function tooLarge(name: string, maxBytes: number, decompressed = false): CliError {
  return new CliError(
    `${name} is larger than ${formatBytes(maxBytes)}${decompressed ? ' once decompressed' : ''}, the limit for this input`,
  );
}

function readError(error: unknown, path: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`no such file: ${path}`);
  if (code === 'EISDIR') return new CliError(`is a directory, not a file: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`not allowed to read ${path}`);
  return new CliError(`cannot read ${path}: ${(error as Error).message.split('\n')[0]}`);
}

/** Reads a stream whole, refusing it (without reading further) once it passes `maxBytes`. */
async function readCapped(source: AsyncIterable<Buffer>, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(name, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a file (or stdin for `-`) as bytes, at most `maxBytes` of them; `.gz` files are
 * gunzipped, and their decompressed size is held to the same limit while decompressing.
 */
export async function readBytes(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  const name = path === '-' ? 'standard input' : path;
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readCapped(process.stdin, maxBytes, name);
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      // A regular file's size is known: refuse it before reading (devices and pipes are counted).
      if (info.isFile() && info.size > maxBytes) throw tooLarge(name, maxBytes);
      bytes = await readCapped(createReadStream(path), maxBytes, name);
    } catch (error) {
      throw error instanceof CliError ? error : readError(error, path);
    }
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(name, maxBytes, true);
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

/** Reads a UTF-8 text file (or stdin for `-`) of at most `maxBytes`. */
export async function readText(path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  return decodeUtf8(await readBytes(path, maxBytes), path === '-' ? 'standard input' : path);
}

/** Writes one JSON value as a line to stdout. */
export function printJson(value: unknown, pretty = false): void {
  process.stdout.write(JSON.stringify(value, null, pretty ? 2 : undefined) + '\n');
}
