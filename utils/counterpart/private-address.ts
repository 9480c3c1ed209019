/**
 * Which addresses a page may make the extension fetch. The extension's requests carry its
 * host permissions, so a page that names an address (an alternate link, a language switcher,
 * a redirect) must not turn the extension into a way into this computer or its network:
 * loopback, private and link-local ranges, and names that only a local resolver knows.
 *
 * Hosts are read through the WHATWG URL parser, which already writes every IPv4 notation as a
 * dotted quad (`2130706433`, `0177.0.0.1`, `0x7f.1`, `127.1` → `127.0.0.1`) and every IPv6
 * address in its short hexadecimal form (`[::ffff:127.0.0.1]` → `[::ffff:7f00:1]`).
 * What a public name resolves to is not known here (no DNS lookup).
 */

export type NetworkScope = 'public' | 'private';

/** IPv4 ranges that are not on the public internet: [first octets, prefix length]. */
const PRIVATE_V4: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0, 0, 0, 0, 8], // "this network"
  [10, 0, 0, 0, 8], // private
  [100, 64, 0, 0, 10], // carrier-grade NAT
  [127, 0, 0, 0, 8], // loopback
  [169, 254, 0, 0, 16], // link-local
  [172, 16, 0, 0, 12], // private
  [192, 0, 0, 0, 24], // IETF protocol assignments
  [192, 0, 2, 0, 24], // documentation
  [192, 168, 0, 0, 16], // private
  [198, 18, 0, 0, 15], // benchmarking
  [198, 51, 100, 0, 24], // documentation
  [203, 0, 113, 0, 24], // documentation
  [224, 0, 0, 0, 4], // multicast
  [240, 0, 0, 0, 4], // reserved, and the broadcast address
];

/** Name suffixes that only a local resolver answers for (and `localhost`, which is this computer). */
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'lan',
  'internal',
  'intranet',
  'home.arpa',
  'home',
  'corp',
  'localdomain',
  'test',
];

function v4Number(octets: readonly number[]): number {
  return ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
}

function isPrivateV4(octets: readonly number[]): boolean {
  const address = v4Number(octets);
  return PRIVATE_V4.some(([a, b, c, d, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (address & mask) >>> 0 === (v4Number([a, b, c, d]) & mask) >>> 0;
  });
}

/** A dotted quad of decimal octets (the URL parser's form of every IPv4 host), or null. */
function parseV4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address (with or without an IPv4 tail), or null. */
function parseV6(text: string): number[] | null {
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  if (![...left, ...right].every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  const known = left.length + right.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const zeros = new Array<number>(8 - known).fill(0);
  return [...left.map((g) => parseInt(g, 16)), ...zeros, ...right.map((g) => parseInt(g, 16)), ...tail];
}

function embeddedV4(high: number, low: number): number[] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

function isPrivateV6(g: readonly number[]): boolean {
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  // :: and ::1, then IPv4 in IPv6 (compatible ::a.b.c.d, mapped ::ffff:a.b.c.d, translated ::ffff:0:a.b.c.d).
  if (zeroUntil(7) && g[7]! <= 1) return true;
  if (zeroUntil(6) || (zeroUntil(5) && g[5] === 0xffff) || (zeroUntil(4) && g[4] === 0xffff && g[5] === 0)) {
    return isPrivateV4(embeddedV4(g[6]!, g[7]!));
  }
  // NAT64 (64:ff9b::a.b.c.d) carries an IPv4 address; its local-use range (64:ff9b:1::/48) is private.
  if (g[0] === 0x64 && g[1] === 0xff9b) return g[2] === 1 || isPrivateV4(embeddedV4(g[6]!, g[7]!));
  // 6to4 (2002:aabb:ccdd::) carries the IPv4 address of its gateway.
  if (g[0] === 0x2002) return isPrivateV4(embeddedV4(g[1]!, g[2]!));
  const first = g[0]!;
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xffc0) === 0xfec0 || // site-local fec0::/10 (deprecated)
    (first & 0xff00) === 0xff00 || // multicast ff00::/8
    (first === 0x100 && g[1] === 0 && g[2] === 0 && g[3] === 0) || // discard 100::/64
    (first === 0x2001 && g[1] === 0xdb8) // documentation 2001:db8::/32
  );
}

function isLocalName(name: string): boolean {
  if (!name.includes('.')) return true; // a single label: an intranet host
  return LOCAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/** The host of `url` as the URL parser writes it, lowercased, without a trailing dot; null if no URL. */
function hostOf(url: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.+$/, '');
  return host === '' ? null : host;
}

/**
 * Whether `url` points at the public internet or somewhere local: loopback, private, link-local,
 * unique-local, CGNAT and reserved addresses (IPv4 in any notation, IPv6, IPv4 inside IPv6),
 * `localhost`, single-label names and local suffixes (.local, .lan, .internal, .home.arpa, …).
 * A URL that can't be parsed, or has no host, counts as private.
 */
export function networkScope(url: string | URL): NetworkScope {
  const host = hostOf(url);
  if (host === null) return 'private';
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = parseV6(host.slice(1, -1));
    return groups === null || isPrivateV6(groups) ? 'private' : 'public';
  }
  const v4 = parseV4(host);
  if (v4) return isPrivateV4(v4) ? 'private' : 'public';
  return isLocalName(host) ? 'private' : 'public';
}

/**
 * Whether a page at `pageUrl` may make the extension fetch `target` (http or https only).
 * A public address always; a private one only when it is the page's own host (a page served
 * from this computer or an intranet may name its own other editions), never another private
 * host, and never from a page on the public web.
 */
export function mayFetch(target: string | URL, pageUrl: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof target === 'string' ? new URL(target) : target;
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (networkScope(parsed) === 'public') return true;
  const host = hostOf(parsed);
  return host !== null && host === hostOf(pageUrl);
}
