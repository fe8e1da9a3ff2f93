const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
];
const MONTH_RE = MONTHS.map((m) => m.slice(0, 3) + `(?:${m.slice(3)})?`).join('|');

// The date line of a page sits in its header; dates in the body ("on the morning of May 13") are
// events, not the publication date.
const HEADER_CHARS = 600;

const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i'),
    ymd: (m) => [+m[3], monthOf(m[1]), +m[2]]
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'i'),
    ymd: (m) => [+m[3], monthOf(m[2]), +m[1]]
  }
];

function monthOf(name: string): number {
  const p = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(p)) + 1;
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first complete calendar date in the article's header as YYYY-MM-DD, else null. */
export function extractDate(text: string): string | null {
  const head = text.slice(0, HEADER_CHARS);
  let best: { at: number; iso: string } | null = null;
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    if (!valid(y, mo, d)) continue;
    if (!best || m.index < best.at)
      best = { at: m.index, iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
    // Nothing starts before the first character: the other patterns need not run.
    if (best && best.at === 0) break;
  }
  return best ? best.iso : null;
}
