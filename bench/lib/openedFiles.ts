/**
 * Seeded synthetic articles of our own words, ≈ `bytesEach` bytes each (15 KB by default), shaped
 * like the seed corpus: paragraphs of a few sentences, ten places (Heping among them) named often,
 * a figure every ~500 bytes (the seeds have one per 300–2,000 bytes). As the page's file input
 * takes them (bench:open, bench:scale).
 */
export function openedFiles(n: number, bytesEach = 15_000): { name: string; mimeType: string; buffer: Buffer }[] {
  const places = [
    'Tianjin',
    'Heping District',
    'Cangzhou',
    'Langfang',
    "Xiong'an New Area",
    'Baodi District',
    'Chengde',
    '沧州市',
    '和平区',
    '廊坊市'
  ];
  const plain = [
    'officials from %P met planners to review the corridor and its rail links.',
    'the coordination office in %P said the new services would open to residents next year.',
    'firms in %P are adding research staff and moving back-office work closer to the port.',
    'local schools in %P started exchange programmes with partner districts.'
  ];
  let seed = 42;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const parts = [`2024-0${1 + (i % 9)}-1${i % 10}\n`];
    let size = 12;
    while (size < bytesEach) {
      let para = '';
      for (let k = 0; k < 5; k++) {
        const s =
          rnd() < 0.2
            ? `${pick(places)} signed ${Math.floor(rnd() * 900) + 10} projects worth ${(rnd() * 90).toFixed(1)} billion yuan.`
            : pick(plain).replace('%P', pick(places));
        para += `${s.charAt(0).toUpperCase()}${s.slice(1)} `;
      }
      parts.push(`${para.trim()}\n\n`);
      size += para.length + 2;
    }
    return { name: `synthetic-${String(i).padStart(4, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(parts.join('')) };
  });
}
