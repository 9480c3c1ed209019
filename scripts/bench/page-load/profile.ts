/**
 * BENCH_PROFILE=1: where the content script's time goes, from the V8 sampling profiler that
 * Chrome tracing records under `disabled-by-default-v8.cpu_profiler` (Profile/ProfileChunk
 * events). Only samples inside the content script's own events count; each sample weighs the
 * time to the next one. Self time per function; a native call (querySelectorAll, a getter…)
 * shows under its own name, except DOM serialisation (outerHTML), which V8 charges to the
 * JS function that reads it.
 */
import type { TraceEvent } from './trace.ts';

export const PROFILE_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileEvent extends TraceEvent {
  id?: string;
  args?: TraceEvent['args'] & {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: Array<{ id: number; callFrame: CallFrame }>; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** Adds self time (ms) per function inside `windows` on `thread` to `into`, keyed `name|url|line|column`. */
export function addSelfTimes(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  windows: TraceEvent[],
  into: Map<string, number>,
): void {
  const profiles = new Map<
    string,
    { start: number; nodes: Map<number, CallFrame>; samples: number[]; deltas: number[] }
  >();
  for (const event of events as ProfileEvent[]) {
    if (event.pid !== thread.pid || event.tid !== thread.tid || event.name !== 'Profile' || !event.id) continue;
    profiles.set(event.id, {
      start: event.args?.data?.startTime ?? event.ts,
      nodes: new Map(),
      samples: [],
      deltas: [],
    });
  }
  for (const event of events as ProfileEvent[]) {
    if (event.name !== 'ProfileChunk' || !event.id || event.pid !== thread.pid) continue;
    const profile = profiles.get(event.id);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  const sorted = [...windows].sort((a, b) => a.ts - b.ts);
  for (const profile of profiles.values()) {
    let t = profile.start;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.deltas[i] ?? 0;
      const weight = (profile.deltas[i + 1] ?? 0) / 1000;
      if (!sorted.some((w) => t >= w.ts && t <= w.ts + (w.dur ?? 0))) continue;
      const frame = profile.nodes.get(profile.samples[i]!) ?? {};
      const key = [
        frame.functionName || '(anonymous)',
        frame.url ?? '',
        frame.lineNumber ?? -1,
        frame.columnNumber ?? -1,
      ].join('|');
      into.set(key, (into.get(key) ?? 0) + weight);
    }
  }
}

/** The top entries, each with the start of its source in the built script (names there are minified). */
export function describe(selfTimes: Map<string, number>, source: string, pages: number, top = 15): string[] {
  const lines = source.split('\n');
  const total = [...selfTimes.values()].reduce((a, b) => a + b, 0);
  return [...selfTimes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => {
      const [name, url, line, column] = key.split('|');
      const at = Number(line) >= 0 && url ? (lines[Number(line)] ?? '').slice(Number(column), Number(column) + 90) : '';
      const share = total > 0 ? ((100 * ms) / total).toFixed(0) : '0';
      return `${(ms / pages).toFixed(2).padStart(7)} ms/page ${share.padStart(3)} %  ${name}${at ? `  ⟨${at.replace(/\s+/g, ' ')}…⟩` : ''}`;
    });
}
