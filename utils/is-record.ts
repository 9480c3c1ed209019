/** Whether a value is a plain object (not null, not an array), so that its fields can be read and checked. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
