/**
 * Attributes a Chrome trace's main-thread script time to the extension's content script
 * (everything else on that thread counts as the page's own). Categories needed:
 * `devtools.timeline` (EvaluateScript, FunctionCall, FireIdleCallback, TimerFire, EventDispatch,
 * RunMicrotasks, RequestIdleCallback, TimerInstall, ParseHTML) and `v8.execute` (v8.run, v8.compile).
 *
 * What is the content script's: every outermost event whose script URL is its file
 * (EvaluateScript at injection, FunctionCall for its callbacks, v8.compile/v8.run), plus the whole
 * FireIdleCallback/TimerFire around a callback it registered itself (found by the id in the
 * RequestIdleCallback/TimerInstall event it emitted while running).
 * - Injection: evaluating the content script — compiling it, running its top level, and the
 *   article detection it runs there (at document_idle). Its compilation is reported apart.
 * - Hand-off: its idle callbacks (an article's only one tells the background of the article)
 *   and the report script the background then injects (language, alternates, HTML read and
 *   returned: extraction work, after detection).
 * - Other: the rest (timers and listeners of single-page-app handling).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  cat?: string;
  args?: {
    data?: { url?: string; frame?: string; id?: number; timerId?: number; [key: string]: unknown };
    beginData?: { url?: string; frame?: string };
    fileName?: string;
    [key: string]: unknown;
  };
}

/** Events DevTools files under "Scripting" that can run JS on the main thread. */
export const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.run',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.callFunction',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'XHRReadyStateChange',
  'XHRLoad',
]);

export interface PageCost {
  /** All script time of the content script on the page's main thread, ms (wall time the thread was busy with it). */
  extMs: number;
  /** The same as thread CPU time (leaves out time the thread was descheduled on a busy machine). */
  extCpuMs: number;
  /** Of which: evaluating the content script at injection (compile, top level, detection). */
  injectMs: number;
  /** The injection as thread CPU time. */
  injectCpuMs: number;
  /** Of the injection: V8 compiling the script (thread CPU time). */
  compileCpuMs: number;
  /** Of which: its idle callbacks and the report script (an article's hand-off: told, then read and returned). */
  handoffMs: number;
  /** The hand-off as thread CPU time. */
  handoffCpuMs: number;
  /** Everything else of the content script (timers, message listeners, microtasks). */
  otherMs: number;
  /** The page's own script time on the same thread (script events minus the content script's). */
  pageMs: number;
  /** Outermost content-script events, for checking by eye. */
  extEvents: TraceEvent[];
}

export function scriptUrl(event: TraceEvent): string | undefined {
  const url = event.args?.data?.url ?? event.args?.fileName;
  return typeof url === 'string' ? url : undefined;
}

const end = (event: TraceEvent): number => event.ts + (event.dur ?? 0);

/**
 * The renderer main thread that parsed `pageUrl` (the last one, if the page was parsed in a
 * process before a swap), as `pid:tid`.
 */
export function pageMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  let found: TraceEvent | undefined;
  for (const event of events) {
    if (event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl) found = event;
  }
  return found && { pid: found.pid, tid: found.tid };
}

/**
 * `isExtensionUrl`: the content script's own file; `isHandoffUrl`: the report script the
 * background injects into an article afterwards, counted whole as hand-off.
 */
export function attribute(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  isExtensionUrl: (url: string) => boolean,
  isHandoffUrl: (url: string) => boolean = () => false,
  /**
   * For an older build of the content script, which detected in an idle callback and handed off
   * in one registered from there: idle callbacks registered at injection count as page-load
   * work (in `otherMs`), those registered from an idle callback as hand-off.
   */
  idleDetection = false,
): PageCost {
  const main = events
    .filter(
      (e) =>
        e.pid === thread.pid && e.tid === thread.tid && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i' || e.ph === 'n'),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const script = main.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name));

  // Callbacks the content script registered: ids announced while one of its own events runs.
  const ownUrl = script.filter((e) => {
    const url = scriptUrl(e);
    return url !== undefined && isExtensionUrl(url);
  });
  const inside = (t: number) => ownUrl.some((e) => e.ts <= t && t <= end(e));
  const idleIds = new Set<number>();
  const timerIds = new Set<number>();
  const idleRequests: TraceEvent[] = [];
  for (const e of main) {
    if (e.name === 'RequestIdleCallback' && typeof e.args?.data?.id === 'number' && inside(e.ts)) {
      idleIds.add(e.args.data.id);
      idleRequests.push(e);
    }
    if (e.name === 'TimerInstall' && typeof e.args?.data?.timerId === 'number' && inside(e.ts))
      timerIds.add(e.args.data.timerId);
  }
  // idleDetection: hand-off callbacks are those requested while one of its own idle callbacks ran.
  const ownIdle = script.filter((e) => e.name === 'FireIdleCallback' && idleIds.has(e.args?.data?.id as number));
  const nestedIds = new Set(
    idleRequests
      .filter((r) => ownIdle.some((f) => f.ts <= r.ts && r.ts <= end(f)))
      .map((r) => r.args!.data!.id as number),
  );
  const isHandoffIdle = (e: TraceEvent): boolean =>
    e.name === 'FireIdleCallback' && (!idleDetection || nestedIds.has(e.args?.data?.id as number));
  const isHandoffScript = (e: TraceEvent): boolean => {
    const url = scriptUrl(e);
    return url !== undefined && isHandoffUrl(url);
  };
  const isOwn = (e: TraceEvent): boolean => {
    const url = scriptUrl(e);
    if (url !== undefined && (isExtensionUrl(url) || isHandoffUrl(url))) return true;
    if (e.name === 'FireIdleCallback') return idleIds.has(e.args?.data?.id as number);
    if (e.name === 'TimerFire') return timerIds.has(e.args?.data?.timerId as number);
    return false;
  };

  const cost: PageCost = {
    extMs: 0,
    extCpuMs: 0,
    injectMs: 0,
    injectCpuMs: 0,
    compileCpuMs: 0,
    handoffMs: 0,
    handoffCpuMs: 0,
    otherMs: 0,
    pageMs: 0,
    extEvents: [],
  };
  // V8's compile events within one of the content script's own (CPU time, ms).
  const compiles = main.filter((e) => e.ph === 'X' && e.name === 'v8.compile');
  const compileWithin = (outer: TraceEvent): number =>
    outer.name === 'v8.compile'
      ? (outer.tdur ?? outer.dur ?? 0) / 1000
      : compiles
          .filter((c) => c.ts >= outer.ts && end(c) <= end(outer))
          .reduce((sum, c) => sum + (c.tdur ?? c.dur ?? 0), 0) / 1000;
  let totalUs = 0;
  let outerEnd = -Infinity; // end of the current outermost script event
  let ownEnd = -Infinity; // end of the current outermost content-script event
  for (const e of script) {
    if (e.ts >= outerEnd) {
      totalUs += e.dur ?? 0;
      outerEnd = end(e);
    } else if (end(e) > outerEnd) {
      // Overlaps the end of the enclosing event (clock rounding): count the excess.
      totalUs += end(e) - outerEnd;
      outerEnd = end(e);
    }
    if (e.ts >= ownEnd && isOwn(e)) {
      const ms = (e.dur ?? 0) / 1000;
      const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
      cost.extMs += ms;
      cost.extCpuMs += cpu;
      if (isHandoffScript(e) || isHandoffIdle(e)) {
        cost.handoffMs += ms;
        cost.handoffCpuMs += cpu;
      } else if (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.run') {
        cost.injectMs += ms;
        cost.injectCpuMs += cpu;
        cost.compileCpuMs += compileWithin(e);
      } else cost.otherMs += ms;
      cost.extEvents.push(e);
      ownEnd = end(e);
    }
  }
  cost.pageMs = Math.max(0, totalUs / 1000 - cost.extMs);
  return cost;
}

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
