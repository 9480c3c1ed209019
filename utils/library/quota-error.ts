/** Whether a storage error means the browser's quota is full (IndexedDB, storage.local). */
export function isQuotaExceeded(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String((error as Error | null)?.message ?? ''));
}
