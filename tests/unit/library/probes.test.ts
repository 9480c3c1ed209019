import { describe, expect, it } from 'vitest';
import { isProbeKey, MAX_PROBE_ENTRIES, MAX_PROBES, planProbes, probeKeys } from '../../../utils/library/probes.ts';

describe('probeKeys', () => {
  it('keeps names, numbers, dates and URL words, once each, and not the spelling keys derived from names', () => {
    expect(
      probeKeys(['w:putin', 'f:ptn', 'p:puti', 'k:ptn', 'n:1.5', 'y:2014', 'd:10-30', 'pc:12', 'u:tram', 'w:putin']),
    ).toEqual(['w:putin', 'n:1.5', 'y:2014', 'd:10-30', 'pc:12', 'u:tram']);
    expect(isProbeKey('p:euro')).toBe(false);
  });
});

describe('planProbes', () => {
  const size = 100_000;
  it('probes the most telling keys first: rare, and of a strong kind', () => {
    const held: Record<string, number> = { 'w:rare': 3, 'y:2014': 3, 'w:common': 900, 'u:rare': 3 };
    const probes = planProbes(Object.keys(held), (key) => held[key]!, size, false).map((p) => p.key);
    expect(probes).toEqual(['w:rare', 'u:rare', 'y:2014', 'w:common']);
  });

  it('leaves out keys nobody else holds, and keys too common to tell stories apart', () => {
    const held: Record<string, number> = { 'w:mine': 1, 'w:none': 0, 'w:shared': 2, 'w:everywhere': 20_000 };
    expect(planProbes(Object.keys(held), (key) => held[key]!, size, true).map((p) => p.key)).toEqual(['w:shared']);
    // Not stored itself: a key one other article holds is worth probing.
    expect(planProbes(Object.keys(held), (key) => held[key]!, size, false).map((p) => p.key)).toEqual([
      'w:mine',
      'w:shared',
    ]);
    // In a small library, a fifth of it is already common (but never fewer than 10 articles).
    expect(planProbes(['w:a'], () => 30, 100, false)).toEqual([]);
    expect(planProbes(['w:a'], () => 8, 20, false)).toHaveLength(1);
  });

  it('stays within its budget of probes and of index entries read', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `w:name${i}`);
    expect(planProbes(keys, () => 5, size, false)).toHaveLength(MAX_PROBES);
    const probes = planProbes(keys, () => 700, size, false);
    expect(probes.length * 700).toBeLessThanOrEqual(MAX_PROBE_ENTRIES);
    expect((probes.length + 1) * 700).toBeGreaterThan(MAX_PROBE_ENTRIES);
  });
});
