/**
 * Page-load cost of the content script in real Chromium: Readability's 130 test pages
 * served from 127.0.0.1, each loaded once in a Chromium with the built extension and once in a
 * Chromium without it (same run, interleaved), under Chrome tracing.
 * - Size of the content script .output/chrome-mv3/page-probe.js, raw and gzipped (budget 25 KB
 *   gzipped), and of the report script the background injects into articles (page-report.js).
 * - The content script's main-thread time per page at page load (its injection at document_idle:
 *   compiling it, and running it, which is the article detection and the set-up of its
 *   single-page-app listener), attributed from the trace (see page-load/trace.ts): median and
 *   p95 over all pages, articles and non-articles (as the content script itself decided: an
 *   article is one it told the background of, a non-article one it said nothing of within
 *   SEEN_TIMEOUT_MS, with its injection checked to be in the trace), against 3 ms median / 15 ms
 *   p95. Apart from it, an article's hand-off (telling the background at an idle time, then the
 *   report script the background injects: language, alternates, HTML read and returned —
 *   extraction work), and the total with it.
 * - Beside it, the pages' own script time and load time without the extension, and the ratio.
 * - A floor: the same pages in a third Chromium whose extension is the same build with an empty
 *   content script, whose injection (the isolated world and its set-up, no script to speak of)
 *   is what any content script pays; BENCH_FLOOR=0 leaves it out.
 * Every request that is not to 127.0.0.1 is aborted (no network; pages never wait on them).
 * `BENCH_LIMIT=20 npm run bench -- page-load` loads the first pages only (BENCH_PAGES=a,b: those
 * pages only); BENCH_VERBOSE=1
 * prints each page and the content script's trace events on the first one; BENCH_PROFILE=1 adds
 * V8's sampling profiler and prints where the content script's time goes, function by function
 * (BENCH_PROFILE_PHASE=inject or =idle: only at injection, or only in its idle callbacks; lazy
 * compilation of a function shows as self time of its caller). BENCH_FLOOR_JS='…' puts that
 * source in the floor's place (to measure a minimal script, or an older build beside this one);
 * BENCH_FLOOR_IDLE_DETECTION=1 for an older build that detected in an idle callback and handed
 * off from there (its first idle callbacks count as page-load work). BENCH_VARIANTS=a.js,b.js
 * measures other builds of the content script (same page-probe.js contract: it tells the
 * background of articles) in the same run, each in a Chromium of its own with this build's
 * background and report script, attributed alike, and prints each beside this build with the
 * ratio of the medians.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/browser-paths.ts';
import { repoRoot, sharedDataPath } from '../data/shared-data.ts';
import { addSelfTimes, describe, PROFILE_CATEGORY } from './page-load/profile.ts';
import { attribute, pageMainThread, percentile, scriptUrl, type PageCost, type TraceEvent } from './page-load/trace.ts';

const BUILD = resolve(repoRoot, '.output/chrome-mv3');
const CONTENT_JS = join(BUILD, 'page-probe.js');
/** The report script, injected by the background into articles only (and pages the panel asks about). */
const REPORT_JS = join(BUILD, 'page-report.js');
const BUDGET_GZIP = 25 * 1024;
const BUDGET_MEDIAN_MS = 3;
const BUDGET_P95_MS = 15;
/** After load: let the page's own after-load work run, in both browsers alike. */
const SETTLE_MS = 150;
/** With the extension: how long to wait at most for the content script's report. */
const REPORT_TIMEOUT_MS = 4000;
/**
 * With the extension: how long after load to wait for the content script's article-seen message
 * before taking the page for a non-article (which sends nothing). Whether its detection ran in
 * that time is checked in the trace.
 */
const SEEN_TIMEOUT_MS = 1500;
const CATEGORIES = ['devtools.timeline', 'v8.execute'];

const verbose = process.env['BENCH_VERBOSE'] === '1';
/** Also sample the content script with V8's profiler (slows it a little: figures are marked). */
const profiling = process.env['BENCH_PROFILE'] === '1';
/** Also load each page with an empty content script (the floor of injection). */
const withFloor = process.env['BENCH_FLOOR'] !== '0';
const selfTimes = new Map<string, number>();
/** Harness time per step, summed over pages (BENCH_VERBOSE). */
const steps = new Map<string, number>();
let stepAt = 0;
function step(name: string): void {
  const now = performance.now();
  if (name !== 'start') steps.set(name, (steps.get(name) ?? 0) + now - stepAt);
  stepAt = now;
}
const limit = Number(process.env['BENCH_LIMIT'] ?? '0') || Infinity;
/** BENCH_PAGES=slug,slug: only those pages. */
const onlyPages = process.env['BENCH_PAGES'] ? new Set(process.env['BENCH_PAGES'].split(',')) : undefined;
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

function ensureBuild(): void {
  if (existsSync(CONTENT_JS)) return;
  out('no build in .output: running `npx wxt build -b chrome`');
  const built = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0 || !existsSync(CONTENT_JS)) throw new Error('wxt build failed');
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const slug = /^\/([\w.-]+)\/$/.exec(request.url ?? '')?.[1];
    const file = slug ? join(root, slug, 'source.html') : '';
    if (slug && existsSync(file)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(readFileSync(file));
    } else {
      // The pages' own images, styles and scripts (relative URLs) are not part of the fixture.
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

interface Browser {
  context: BrowserContext;
  dir: string;
  extensionId?: string;
  /** The floor build: its content script is empty and sends no report. */
  floor: boolean;
  /** Renderer processes pages ran in, to tell whether each page had a fresh one. */
  pids: Set<number>;
}

/** A copy of the build whose content script is `source`. */
function buildWith(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-variant-'));
  cpSync(BUILD, dir, { recursive: true });
  writeFileSync(join(dir, 'page-probe.js'), source);
  return dir;
}

/** A copy of the build whose content script is empty: the floor of any content script. */
const floorBuild = (): string => buildWith(process.env['BENCH_FLOOR_JS'] ?? '// empty\n');

/** BENCH_VARIANTS: other content scripts to measure beside this build, by file. */
const variantFiles = (process.env['BENCH_VARIANTS'] ?? '').split(',').filter(Boolean);

async function launch(extension: string | undefined, floor = false): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-'));
  const args = extension
    ? [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
    : [...CHROMIUM_ARGS, '--disable-extensions'];
  const browser: Browser = {
    dir,
    floor,
    pids: new Set(),
    context: await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      args,
    }),
  };
  // No network: everything not served by the bench fails at once.
  await browser.context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected'),
  );
  if (extension) {
    const worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker', { timeout: 30_000 }));
    browser.extensionId = new URL(worker.url()).host;
    await worker.evaluate(recordReports);
  }
  return browser;
}

async function close(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await browser.context.close().catch(() => undefined);
  rmSync(browser.dir, { recursive: true, force: true });
}

interface Report {
  url: string;
  isArticle: boolean;
  htmlChars: number;
}

/**
 * Runs in the background service worker: records the content script's article-seen messages,
 * and the reports the report script returns to scripting.executeScript (wrapped here).
 */
function recordReports(): void {
  type Injection = (details: unknown) => Promise<Array<{ result?: unknown }>>;
  const g = globalThis as unknown as {
    __benchReports?: Report[];
    __benchSeen?: string[];
    chrome: {
      runtime: { onMessage: { addListener(f: (m: unknown) => void): void } };
      scripting: { executeScript: Injection };
    };
  };
  if (g.__benchReports) return;
  g.__benchReports = [];
  g.__benchSeen = [];
  g.chrome.runtime.onMessage.addListener((message) => {
    const m = message as { type?: string; url?: string };
    if (m?.type === 'article-seen' && typeof m.url === 'string') g.__benchSeen!.push(m.url);
  });
  const scripting = g.chrome.scripting;
  const inject = scripting.executeScript.bind(scripting);
  scripting.executeScript = async (details) => {
    const results = await inject(details);
    const m = results[0]?.result as
      { type?: string; url?: string; isArticle?: boolean; html?: string | null } | undefined;
    if (m?.type === 'page' && typeof m.url === 'string') {
      g.__benchReports!.push({ url: m.url, isArticle: m.isArticle === true, htmlChars: m.html?.length ?? 0 });
    }
    return results;
  };
}

async function clearReports(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return;
  await worker.evaluate(recordReports);
  await worker.evaluate(() => {
    (globalThis as unknown as { __benchReports: Report[] }).__benchReports.length = 0;
    (globalThis as unknown as { __benchSeen: string[] }).__benchSeen.length = 0;
  });
}

/** The report read from the page at `url`; `seen`: whether its content script said it is an article. */
async function reportFor(context: BrowserContext, url: string): Promise<{ report?: Report; seen: boolean }> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return { seen: false };
  await worker.evaluate(recordReports);
  return worker.evaluate((u) => {
    const g = globalThis as unknown as { __benchReports: Report[]; __benchSeen: string[] };
    return { report: g.__benchReports.find((r) => r.url === u), seen: g.__benchSeen.includes(u) };
  }, url);
}

async function collectTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolvePromise, reject) =>
    cdp.once('Tracing.tracingComplete', (event) =>
      event.dataLossOccurred ? reject(new Error('the trace buffer overflowed')) : resolvePromise(event.stream ?? ''),
    ),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 22 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

interface Load {
  cost: PageCost;
  loadMs: number;
  report?: Report;
  /** Whether the page ran in a renderer process no earlier page had used. */
  freshProcess: boolean;
  /** Article pages: `document.documentElement.outerHTML` timed again in the page, after the trace. */
  outerHtmlMs?: number;
}

async function loadPage(browser: Browser, url: string): Promise<Load> {
  step('start');
  // A new tab per page: like opening a link in a new tab, each page gets its own renderer
  // process (checked below), so the content script is injected cold, as on most real loads.
  if (browser.extensionId && !browser.floor) await clearReports(browser.context);
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    step('new tab');
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories:
          profiling && browser.extensionId && !browser.floor ? [...CATEGORIES, PROFILE_CATEGORY] : CATEGORIES,
        recordMode: 'recordUntilFull',
        traceBufferSizeInKb: 400_000,
      },
      transferMode: 'ReturnAsStream',
      streamFormat: 'json',
    });
    step('trace start');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    step('load');
    // Wait for the content script's report (with the extension) and at least SETTLE_MS (both).
    const settled = Date.now() + SETTLE_MS;
    let report: Report | undefined;
    if (browser.extensionId && !browser.floor) {
      // An article: its content script says so at idle time, then the background injects the
      // report script; wait for that report. Nothing said within SEEN_TIMEOUT_MS: a non-article.
      const seenBy = Date.now() + SEEN_TIMEOUT_MS;
      const deadline = Date.now() + REPORT_TIMEOUT_MS;
      for (;;) {
        const state = await reportFor(browser.context, url);
        report = state.report;
        if (report || Date.now() > deadline) break;
        if (!state.seen && Date.now() > seenBy) {
          report = { url, isArticle: false, htmlChars: 0 };
          break;
        }
        await page.waitForTimeout(25);
      }
      await page.waitForTimeout(25); // the rest of the task that sent it
      if (verbose) step('report wait (with the extension)');
    }
    if (Date.now() < settled) await page.waitForTimeout(settled - Date.now());
    step('settle and report');
    const events = await collectTrace(cdp);
    step('trace end');
    const loadMs = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav ? nav.loadEventEnd - nav.startTime : NaN;
    });
    // The serialisation the report script did on an article page, alone (same DOM, same thread).
    const serialised = report?.isArticle
      ? await page.evaluate(() => {
          const start = performance.now();
          void document.documentElement.outerHTML.length;
          return { outerHtmlMs: performance.now() - start };
        })
      : undefined;
    const thread = pageMainThread(events, url);
    if (!thread) throw new Error(`no main thread found in the trace for ${url}`);
    const origin = browser.extensionId ? `chrome-extension://${browser.extensionId}/` : '\0';
    const isReportUrl = (u: string) => u.startsWith(`${origin}page-report.js`);
    const isReportScript = (e: TraceEvent) => isReportUrl(scriptUrl(e) ?? '');
    const cost = attribute(
      events,
      thread,
      (u) => u.startsWith(`${origin}page-probe.js`),
      isReportUrl,
      browser.floor && process.env['BENCH_FLOOR_IDLE_DETECTION'] === '1',
    );
    if (profiling && browser.extensionId && !browser.floor) {
      // BENCH_PROFILE=inject or =idle: only the injection, or only the idle callbacks. The report
      // script is left out: its functions cannot be named from the content script's source.
      const phase = process.env['BENCH_PROFILE_PHASE'];
      const windows = cost.extEvents.filter(
        (e) => !isReportScript(e) && (!phase || (phase === 'inject') === (e.name !== 'FireIdleCallback')),
      );
      addSelfTimes(events, thread, windows, selfTimes);
    }
    step('attribute');
    const freshProcess = !browser.pids.has(thread.pid);
    browser.pids.add(thread.pid);
    return { cost, loadMs, report, freshProcess, ...serialised };
  } finally {
    await page.close().catch(() => undefined);
    step('close');
  }
}

interface Row {
  slug: string;
  readerable: boolean;
  ext: Load;
  base: Load;
  /** The same page with an empty content script (BENCH_FLOOR). */
  floor?: Load;
  /** The same page with each BENCH_VARIANTS content script. */
  variants: Load[];
}

/** Page-load work: everything of the content script but an article's hand-off. */
const workCpu = (load: Load) => load.cost.extCpuMs - load.cost.handoffCpuMs;
const loadWall = (r: Row) => r.ext.cost.extMs - r.ext.cost.handoffMs;
const loadCpu = (r: Row) => workCpu(r.ext);

function summary(label: string, rows: Row[]): void {
  if (rows.length === 0) {
    out(`${label}: no pages`);
    return;
  }
  const wall = rows.map(loadWall);
  const cpu = rows.map(loadCpu);
  const part = (key: 'injectCpuMs' | 'compileCpuMs' | 'otherMs') => rows.map((r) => r.ext.cost[key]);
  const run = rows.map((r) => r.ext.cost.injectCpuMs - r.ext.cost.compileCpuMs);
  out(
    `${label} (${rows.length} pages): CPU time median ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))}, max ${ms(Math.max(...cpu))}` +
      ` [wall time: median ${ms(percentile(wall, 50))}, p95 ${ms(percentile(wall, 95))}]`,
  );
  out(
    `${' '.repeat(label.length)}   of it (CPU): injection median ${ms(percentile(part('injectCpuMs'), 50))} (p95 ${ms(percentile(part('injectCpuMs'), 95))}):` +
      ` compiling median ${ms(percentile(part('compileCpuMs'), 50))}, running (detection, set-up) median ${ms(percentile(run, 50))} (p95 ${ms(percentile(run, 95))});` +
      ` other (wall) median ${ms(percentile(part('otherMs'), 50))} (p95 ${ms(percentile(part('otherMs'), 95))})`,
  );
}

export async function run(): Promise<void> {
  ensureBuild();
  const source = readFileSync(CONTENT_JS);
  const gzipped = gzipSync(source, { level: 9 }).length;
  out(
    `content script size: ${kb(source.length)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_GZIP)} gzipped: ${gzipped <= BUDGET_GZIP ? 'within' : 'OVER'})`,
  );
  if (existsSync(REPORT_JS)) {
    const report = readFileSync(REPORT_JS);
    out(
      `report script, injected into articles only: ${kb(report.length)} raw, ${kb(gzipSync(report, { level: 9 }).length)} gzipped`,
    );
  }

  const root = sharedDataPath('readability-test-pages');
  const slugs = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .filter((slug) => !onlyPages || onlyPages.has(slug))
    .sort()
    .slice(0, limit);

  let server: Server | undefined;
  let withExt: Browser | undefined;
  let without: Browser | undefined;
  let floor: Browser | undefined;
  let floorDir: string | undefined;
  const variants: Array<{ name: string; dir: string; browser?: Browser }> = variantFiles.map((file) => ({
    name: file,
    dir: buildWith(readFileSync(file, 'utf8')),
  }));
  const rows: Row[] = [];
  const failures: string[] = [];
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  try {
    server = await serve(root);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    withExt = await launch(BUILD);
    without = await launch(undefined);
    if (withFloor) floor = await launch((floorDir = floorBuild()), true);
    // One untimed load each: the first page a browser opens pays its own start-up.
    await loadPage(withExt, `${base}/${slugs[0]}/`).catch(() => undefined);
    await loadPage(without, `${base}/${slugs[0]}/`).catch(() => undefined);
    if (floor) await loadPage(floor, `${base}/${slugs[0]}/`).catch(() => undefined);
    for (const variant of variants) {
      variant.browser = await launch(variant.dir);
      await loadPage(variant.browser, `${base}/${slugs[0]}/`).catch(() => undefined);
    }

    for (const [index, slug] of slugs.entries()) {
      const url = `${base}/${slug}/`;
      try {
        // Alternate which browser goes first, so neither always loads a page the other just warmed.
        const order = index % 2 === 0 ? [withExt, without] : [without, withExt];
        const [first, second] = [await loadPage(order[0]!, url), await loadPage(order[1]!, url)];
        const [ext, plain] = index % 2 === 0 ? [first, second] : [second, first];
        const meta = JSON.parse(readFileSync(join(root, slug, 'expected-metadata.json'), 'utf8')) as {
          readerable?: boolean;
        };
        const row: Row = { slug, readerable: meta.readerable !== false, ext, base: plain, variants: [] };
        if (floor) row.floor = await loadPage(floor, url);
        for (const variant of variants) row.variants.push(await loadPage(variant.browser!, url));
        rows.push(row);
        if ((index + 1) % 10 === 0) {
          process.stderr.write(
            `page-load: ${index + 1}/${slugs.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
          );
        }
        if (!ext.report)
          failures.push(
            `${slug}: the content script said it is an article, but no report came within ${REPORT_TIMEOUT_MS} ms`,
          );
        if (ext.cost.injectCpuMs === 0)
          failures.push(`${slug}: the content script did not run before the trace ended (not counted)`);
        if (verbose) {
          const c = ext.cost;
          out(
            `${slug}: ext ${ms(c.extMs)} (inject ${ms(c.injectMs)}, of it compile ${ms(c.compileCpuMs)} CPU, hand-off ${ms(c.handoffMs)}, other ${ms(c.otherMs)}), ` +
              `article ${ext.report?.isArticle ?? '?'} (${ext.report?.htmlChars ?? 0} chars); page script ${ms(plain.cost.pageMs)} (with ext ${ms(c.pageMs)}), ` +
              `load ${ms(plain.loadMs)} (with ext ${ms(ext.loadMs)})`,
          );
          if (index === 0) {
            for (const e of c.extEvents)
              out(`  ${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)} ms ${JSON.stringify(e.args?.data ?? {})}`);
          }
        }
      } catch (error) {
        failures.push(`${slug}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await close(withExt);
    await close(without);
    await close(floor);
    if (floorDir) rmSync(floorDir, { recursive: true, force: true });
    for (const variant of variants) {
      await close(variant.browser);
      rmSync(variant.dir, { recursive: true, force: true });
    }
    await new Promise((resolvePromise) => (server ? server.close(resolvePromise) : resolvePromise(undefined)));
  }

  const seconds = (performance.now() - started) / 1000;
  out(
    `pages: ${rows.length} of ${slugs.length} measured, each with and without the extension (${seconds.toFixed(0)} s; ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after on ${availableParallelism()} cores — ` +
      `wall times include time the main thread waited for a core, thread CPU times don't)`,
  );
  for (const failure of failures) out(`  ! ${failure}`);
  const fresh = rows.filter((r) => r.ext.freshProcess).length;
  out(`  ${fresh} of ${rows.length} pages ran in a renderer process of their own with the extension (cold injection)`);
  if (verbose)
    out(
      `harness time per page load: ${[...steps].map(([name, t]) => `${name} ${(t / (2 * slugs.length + 2)).toFixed(0)} ms`).join(', ')}`,
    );
  if (rows.length === 0) throw new Error('no page measured');

  const reported = rows.filter((r) => r.ext.report);
  const articles = reported.filter((r) => r.ext.report!.isArticle);
  const others = reported.filter((r) => !r.ext.report!.isArticle);
  out(
    'content script main-thread time per page at page load (its injection at document_idle, detection included; the budget applies to this):',
  );
  summary('  all', rows);
  summary('  articles', articles);
  summary('  non-articles', others);
  const floors = rows.flatMap((r) => (r.floor ? [r.floor.cost] : []));
  if (floors.length) {
    const inject = floors.map((c) => c.injectCpuMs);
    const work = rows.flatMap((r) => (r.floor ? [workCpu(r.floor)] : []));
    out(
      `  floor: ${process.env['BENCH_FLOOR_JS'] ? 'the BENCH_FLOOR_JS' : 'an empty'} content script's injection (same build, ${floors.length} pages), CPU time median ${ms(percentile(inject, 50))}, p95 ${ms(percentile(inject, 95))}` +
        ` [wall time: median ${ms(
          percentile(
            floors.map((c) => c.injectMs),
            50,
          ),
        )}]` +
        (process.env['BENCH_FLOOR_JS']
          ? `; all but its idle callbacks and a report script, CPU time median ${ms(percentile(work, 50))}, p95 ${ms(percentile(work, 95))}`
          : ''),
    );
  }
  const own = rows.map(loadCpu);
  for (const [i, variant] of variants.entries()) {
    const loads = rows.map((r) => r.variants[i]!);
    const cpu = loads.map(workCpu);
    const handoff = loads.filter((l) => l.report?.isArticle).map((l) => l.cost.handoffCpuMs);
    out(
      `  variant ${variant.name} (same pages, same run): CPU time median ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))}` +
        ` (compiling median ${ms(
          percentile(
            loads.map((l) => l.cost.compileCpuMs),
            50,
          ),
        )}; article hand-off median ${ms(percentile(handoff, 50))});` +
        ` this build / variant: median ${(percentile(own, 50) / percentile(cpu, 50)).toFixed(2)}×, p95 ${(percentile(own, 95) / percentile(cpu, 95)).toFixed(2)}×`,
    );
  }
  const verdict = (values: number[]) =>
    percentile(values, 50) <= BUDGET_MEDIAN_MS && percentile(values, 95) <= BUDGET_P95_MS ? 'within' : 'OVER';
  out(
    `  budget ≤ ${BUDGET_MEDIAN_MS} ms median, ≤ ${BUDGET_P95_MS} ms p95: all pages ${verdict(rows.map(loadCpu))} (CPU), ${verdict(rows.map(loadWall))} (wall)` +
      (others.length
        ? `; non-articles ${verdict(others.map(loadCpu))} (CPU), ${verdict(others.map(loadWall))} (wall)`
        : ''),
  );
  const html = articles.map((r) => r.ext.report!.htmlChars);
  const handoffCpu = articles.map((r) => r.ext.cost.handoffCpuMs);
  const handoffWall = articles.map((r) => r.ext.cost.handoffMs);
  const serialise = articles.map((r) => r.ext.outerHtmlMs ?? 0);
  if (html.length) {
    out(
      `article hand-off after detection (the content script tells the background at an idle time; the injected report script reads language, alternates, HTML: extraction work, ${articles.length} pages): ` +
        `CPU time median ${ms(percentile(handoffCpu, 50))}, p95 ${ms(percentile(handoffCpu, 95))}, max ${ms(Math.max(...handoffCpu))} ` +
        `[wall time: median ${ms(percentile(handoffWall, 50))}, p95 ${ms(percentile(handoffWall, 95))}]`,
    );
    out(
      `  HTML returned median ${(percentile(html, 50) / 1000).toFixed(0)}k chars (max ${(Math.max(...html) / 1000).toFixed(0)}k); ` +
        `timed again in the page: outerHTML median ${ms(percentile(serialise, 50))} (p95 ${ms(percentile(serialise, 95))})`,
    );
  }
  const totalCpu = rows.map((r) => r.ext.cost.extCpuMs);
  const totalWall = rows.map((r) => r.ext.cost.extMs);
  out(
    `total, hand-off included (all ${rows.length} pages): CPU time median ${ms(percentile(totalCpu, 50))}, p95 ${ms(percentile(totalCpu, 95))} ` +
      `[wall time: median ${ms(percentile(totalWall, 50))}, p95 ${ms(percentile(totalWall, 95))}]`,
  );
  const misses = reported.filter((r) => r.ext.report!.isArticle !== r.readerable);
  out(`content script's article decision vs readerable: ${reported.length - misses.length}/${reported.length} agree`);

  const pageScript = rows.map((r) => r.base.cost.pageMs);
  const loadTimes = rows.map((r) => r.base.loadMs);
  const pageScriptExt = rows.map((r) => r.ext.cost.pageMs);
  const loadExt = rows.map((r) => r.ext.loadMs);
  out(
    `baseline without the extension: page's own main-thread script time median ${ms(percentile(pageScript, 50))} (p95 ${ms(percentile(pageScript, 95))}), ` +
      `load time median ${ms(percentile(loadTimes, 50))} (p95 ${ms(percentile(loadTimes, 95))})`,
  );
  out(
    `with the extension: page's own script time median ${ms(percentile(pageScriptExt, 50))}, load time median ${ms(percentile(loadExt, 50))} ` +
      `(${(percentile(loadExt, 50) - percentile(loadTimes, 50)).toFixed(1)} ms vs baseline)`,
  );
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const ratioLoad = rows.map((r) => loadWall(r) / r.base.loadMs);
  out(
    `ratio: content script time / the pages' own script time (baseline, summed over pages, wall): page-load work ${(sum(rows.map(loadWall)) / Math.max(sum(pageScript), 0.01)).toFixed(2)}×, ` +
      `hand-off included ${(sum(totalWall) / Math.max(sum(pageScript), 0.01)).toFixed(2)}×; ` +
      `page-load work / load time per page: median ${(100 * percentile(ratioLoad, 50)).toFixed(1)} % (p95 ${(100 * percentile(ratioLoad, 95)).toFixed(1)} %)`,
  );
  if (profiling) {
    out(
      `where the content script's time goes (V8 sampling profiler, self time, over ${reported.length} pages; profiling inflates the figures above):`,
    );
    for (const line of describe(selfTimes, source.toString('utf8'), Math.max(1, rows.length))) out(`  ${line}`);
  }
  const costliest = (cost: (r: Row) => number, what: string) => {
    const worst = rows.reduce((a, b) => (cost(b) > cost(a) ? b : a));
    const w = worst.ext.cost;
    out(
      `costliest page by ${what}: ${worst.slug} ${ms(loadCpu(worst))} CPU at page load (injection ${ms(w.injectCpuMs)}, of it compiling ${ms(w.compileCpuMs)} CPU), ` +
        `hand-off ${ms(w.handoffCpuMs)} CPU (${ms(w.handoffMs)} wall); ` +
        `article ${worst.ext.report?.isArticle ?? '?'}, ${((worst.ext.report?.htmlChars ?? 0) / 1000).toFixed(0)}k chars HTML; ` +
        `page's own script ${ms(worst.base.cost.pageMs)}, load ${ms(worst.base.loadMs)})`,
    );
  };
  costliest(loadCpu, 'page-load CPU time');
  costliest((r) => r.ext.cost.handoffCpuMs, 'hand-off CPU time');
}
