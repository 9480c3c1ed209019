/**
 * Reads a response body chunk by chunk and stops as soon as it passes a byte cap, or when a
 * signal aborts, without holding more than the cap. The browser hands over the body already
 * decompressed, so the cap bounds what a compression bomb can make of a small download.
 */

export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

function abortError(): Error {
  const error = new Error('The read was aborted');
  error.name = 'AbortError';
  return error;
}

/** Rejects (AbortError) when `signal` aborts: a stream that ignores the signal is not waited for. */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<CappedBody> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  if (signal.aborted) {
    void body.cancel().catch(() => undefined);
    throw abortError();
  }
  const reader = body.getReader();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) {
        finished = true;
        break;
      }
      total += value.byteLength;
      if (total > maxBytes) return { ok: false, tooLarge: true };
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort!);
    if (!finished) void reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
