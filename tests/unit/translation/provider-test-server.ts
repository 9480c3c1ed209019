/**
 * A local HTTP server for the translation providers' tests, which speaks a provider's real API
 * through a handler the test gives, and records each request; and what the tests share.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { TranslateOutcome } from '../../../utils/translation/translate-sentences.ts';

export const KEY = 'secret-9f3a2c71-4d5e-4b8a-a1c2-3e4f5a6b7c8d:fx';

export interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  bytes: number;
  body: Record<string, unknown>;
}

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, raw: string, res: ServerResponse, requests: Recorded[]) => void;

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const buffer = Buffer.concat(chunks);
      handler(req, buffer.toString('utf8'), res, requests);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export const sentences = (n: number, length = 0) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of the article.${length ? ' ' + 'x'.repeat(length) : ''}`);

export function expectNotice(outcome: TranslateOutcome, key: string, params?: Record<string, string>): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.notice.key).toBe(key);
  if (params) expect(outcome.notice.params).toEqual(params);
  // The API key never shows up in what the user sees.
  expect(JSON.stringify(outcome)).not.toContain(KEY);
  expect(JSON.stringify(outcome)).not.toContain('secret-');
}
