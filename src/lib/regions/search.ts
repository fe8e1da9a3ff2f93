import type { RegionEntry, RegionIndex } from './types';

/** Folds case, tone marks, apostrophes, hyphens and spaces: "Xiong'an" = "xiongan" = "Xióng'ān". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’‘`\-·.]/g, '');
}

interface Keyed {
  entry: RegionEntry;
  keys: string[];
}

/** Builds the search index once; the returned function answers queries. */
export function regionSearch(regions: RegionIndex): (query: string, limit?: number) => RegionEntry[] {
  const rank = { province: 0, district: 1, county: 2 } as const;
  const index: Keyed[] = Object.values(regions)
    .sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code))
    .map((entry) => ({
      entry,
      keys: [entry.name_zh, entry.name_en, entry.name_pinyin, entry.code].map(foldName).filter(Boolean)
    }));

  return (query, limit = 8) => {
    const q = foldName(query.slice(0, 60));
    if (!q) return [];
    const scored: { entry: RegionEntry; score: number }[] = [];
    for (const { entry, keys } of index) {
      let score = 0;
      for (const k of keys) {
        if (k === q) score = Math.max(score, 3);
        else if (k.startsWith(q)) score = Math.max(score, 2);
        else if (k.includes(q)) score = Math.max(score, 1);
      }
      if (score) scored.push({ entry, score });
    }
    // Stable sort keeps the province → district → county order within a score.
    return scored
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.entry);
  };
}
