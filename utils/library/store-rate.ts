/**
 * How many new articles one site may add to the library in a minute (pure). A page that keeps
 * changing its address or its text would otherwise add an article each time; a reader opening
 * articles one after another stays far below the limit. Articles already stored (the same
 * address, or the same text) are updated whatever the rate: only new ones are counted.
 */

/** New articles a site may add in a minute; the rest are not stored (the panel says so). */
export const NEW_ARTICLES_PER_SITE_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/** Second-level labels under which a country's sites register (bbc.co.uk, abc.net.au). */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'ac',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'nic',
  'ltd',
  'plc',
]);

/**
 * The site an address belongs to, roughly its registrable domain: `www.lemonde.fr` and
 * `abonnes.lemonde.fr` are `lemonde.fr`, `news.bbc.co.uk` is `bbc.co.uk`; an IP address is
 * itself. '' when `url` is not an address.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.').filter(Boolean);
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** A save refused because its site added too many new articles in the last minute. */
export class StoreRateLimited extends Error {
  override readonly name = 'StoreRateLimited';
  constructor(readonly site: string) {
    super(`More than ${NEW_ARTICLES_PER_SITE_PER_MINUTE} new articles from ${site} in a minute: not stored`);
  }
}

export function isStoreRateLimited(error: unknown): error is StoreRateLimited {
  return (error as { name?: unknown } | null)?.name === 'StoreRateLimited';
}

/** The new articles each site added in the last minute (in memory: a restart starts afresh). */
export class StoreRate {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly perMinute = NEW_ARTICLES_PER_SITE_PER_MINUTE) {}

  /** Whether a new article from `url` may be stored at time `at` (ms); counts it when it may. */
  admit(url: string, at: number): boolean {
    const site = siteOf(url);
    const times = (this.recent.get(site) ?? []).filter((time) => time > at - WINDOW_MS && time <= at + WINDOW_MS);
    if (times.length >= this.perMinute) {
      this.recent.set(site, times);
      return false;
    }
    times.push(at);
    this.recent.set(site, times);
    if (this.recent.size > 1000) {
      for (const [other, list] of this.recent)
        if (list.every((time) => time <= at - WINDOW_MS)) this.recent.delete(other);
    }
    return true;
  }
}
