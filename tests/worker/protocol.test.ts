import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleWorker, IngestCancelled, type WorkerPort } from '../../src/lib/worker/client.svelte';
import { createIngestService } from '../../src/lib/worker/service';
import type { FromWorker, ToWorker } from '../../src/lib/worker/protocol';
import { UserArticles } from '../../src/lib/state/userArticles.svelte';
import type { Explorer } from '../../src/lib/state/explorer.svelte';
import type { RegionIndex } from '../../src/lib/domain/region';

// Fixture texts written for these tests, not taken from any article.
const REGIONS = JSON.parse(readFileSync('tests/fixtures/ingest/regions.json', 'utf8')) as RegionIndex;
const ALIASES = readFileSync('data/gazetteer/aliases.csv', 'utf8');
const HAIDIAN = '110108';
const DONGCHENG = '110101';
const text = (place: string) =>
  `A new research campus opened in ${place} this spring, and ${place} expects more firms next year.`;

/** A File whose bytes arrive only when `release` is called, to hold a batch mid-read. */
function slowFile(name: string, body: string): { file: File; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const file = new File([body], name, { type: 'text/plain' });
  const read = file.arrayBuffer.bind(file);
  Object.defineProperty(file, 'arrayBuffer', { value: () => gate.then(read) });
  return { file, release };
}
const file = (name: string, body: string | Uint8Array<ArrayBuffer>) => new File([body], name, { type: 'text/plain' });

/** A Worker that runs the real worker code (service.ts) in this process, with postMessage's asynchrony. */
class FakeWorker implements WorkerPort {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  readonly received: ToWorker[] = [];
  #handle = createIngestService((m) => setTimeout(() => this.onmessage?.({ data: m } as MessageEvent<FromWorker>)));
  postMessage(m: ToWorker): void {
    this.received.push(m);
    setTimeout(() => this.#handle(m));
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
  terminate(): void {}
}

function start(): { client: ArticleWorker; fake: FakeWorker } {
  const fake = new FakeWorker();
  return { client: new ArticleWorker(REGIONS, ALIASES, () => fake), fake };
}
const articlesOf = (e: { article: string }[]) => e.map((a) => a.article).sort();

describe('worker protocol: batches', () => {
  it('a new batch replaces the running one: the first is cancelled, the second gets its own result', async () => {
    const { client } = start();
    const slow = slowFile('haidian.txt', text('Haidian'));
    const first = client.ingest([slow.file]);
    const second = client.ingest([file('dongcheng.txt', text('Dongcheng'))]);
    await expect(first).rejects.toBeInstanceOf(IngestCancelled);
    const out = await second;
    slow.release(); // the replaced batch finishes reading and must change nothing
    expect(out.records.map((r) => r.id)).toEqual(['dongcheng']);
    expect(Object.keys(out.records[0].mentions)).toEqual([DONGCHENG]);
    expect(articlesOf(await client.snippets(out.batch, [DONGCHENG, HAIDIAN]))).toEqual(['dongcheng']);
    expect(client.progress).toBeNull();
  });

  it('snippets name their batch: the shown batch is kept, any other is refused, never mixed', async () => {
    const { client } = start();
    const a = await client.ingest([file('haidian.txt', text('Haidian'))]);
    const b = await client.ingest([file('dongcheng.txt', text('Dongcheng'))], a.batch);
    expect(b.batch).not.toBe(a.batch);
    expect(articlesOf(await client.snippets(a.batch, [HAIDIAN, DONGCHENG]))).toEqual(['haidian']);
    expect(articlesOf(await client.snippets(b.batch, [HAIDIAN, DONGCHENG]))).toEqual(['dongcheng']);
    // A third batch that keeps b drops a: asking for a's snippets now fails instead of answering with b's.
    await client.ingest([file('x.txt', text('Haidian'))], b.batch);
    await expect(client.snippets(a.batch, [HAIDIAN])).rejects.toThrow('no longer loaded');
  });

  it('cancel stops the running batch: its promise rejects and its texts are not kept', async () => {
    const { client, fake } = start();
    const slow = slowFile('haidian.txt', text('Haidian'));
    const run = client.ingest([slow.file]);
    expect(client.progress).toEqual({ done: 0, total: 1 });
    client.cancel();
    await expect(run).rejects.toBeInstanceOf(IngestCancelled);
    expect(client.progress).toBeNull();
    slow.release();
    const batch = (fake.received.find((m) => m.type === 'ingest') as { batch: number }).batch;
    expect(fake.received.some((m) => m.type === 'cancel' && m.batch === batch)).toBe(true);
    await expect(client.snippets(batch, [HAIDIAN])).rejects.toThrow('no longer loaded');
  });

  it('a worker failure rejects whatever is pending, and every later call', async () => {
    const { client, fake } = start();
    const done = await client.ingest([file('haidian.txt', text('Haidian'))]);
    const slow = slowFile('dongcheng.txt', text('Dongcheng'));
    const running = client.ingest([slow.file], done.batch);
    const snippets = client.snippets(done.batch, [HAIDIAN]); // posted, not yet answered
    fake.crash('out of memory');
    await expect(running).rejects.toThrow('out of memory');
    await expect(snippets).rejects.toThrow('out of memory');
    await expect(client.snippets(done.batch, [HAIDIAN])).rejects.toThrow('out of memory');
    await expect(client.ingest([file('b.txt', 'Haidian')])).rejects.toThrow('out of memory');
    expect(client.broken?.message).toBe('out of memory');
    slow.release();
  });

  it('a gazetteer that cannot be built fails the pending batch with the reason, not a hang', async () => {
    const fake = new FakeWorker();
    const client = new ArticleWorker(null as unknown as RegionIndex, ALIASES, () => fake);
    await expect(client.ingest([file('a.txt', text('Haidian'))])).rejects.toThrow(/gazetteer could not be built|not initialised/);
  });
});

describe('UserArticles: the map, the summary and the snippets come from one batch', () => {
  function explorer() {
    return { regions: REGIONS, userArticles: null, useUserArticles: false } as unknown as Explorer;
  }
  function user(ex: Explorer) {
    return new UserArticles(ex, async () => new ArticleWorker(REGIONS, ALIASES, () => new FakeWorker()));
  }

  it('a second batch opened while the first is read replaces it everywhere', async () => {
    const ex = explorer();
    const u = user(ex);
    const slow = slowFile('haidian.txt', text('Haidian'));
    const first = u.open([slow.file, file('haidian2.txt', text('Haidian'))]);
    await new Promise((r) => setTimeout(r, 5)); // the first batch is being read
    const second = u.open([file('dongcheng.txt', text('Dongcheng'))]);
    await Promise.all([first, second]);
    slow.release();
    await new Promise((r) => setTimeout(r, 5));
    expect(ex.userArticles?.map((r) => r.id)).toEqual(['dongcheng']);
    expect(u.lastRun?.files).toBe(1);
    expect(u.errors).toEqual([]);
    expect(articlesOf(await u.evidence('110000', REGIONS))).toEqual(['dongcheng']);
  });

  it('a batch of unreadable files lists every error, same names included, and leaves the shown batch alone', async () => {
    const ex = explorer();
    const u = user(ex);
    await u.open([file('haidian.txt', text('Haidian'))]);
    const binary = new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0]);
    await u.open([file('notes.txt', binary), file('notes.txt', binary)]);
    expect(u.errors.map((e) => e.file)).toEqual(['notes.txt', 'notes.txt']);
    expect(ex.userArticles?.map((r) => r.id)).toEqual(['haidian']);
    expect(u.lastRun?.files).toBe(1);
    expect(articlesOf(await u.evidence(HAIDIAN, REGIONS))).toEqual(['haidian']);
  });

  it('cancel leaves what is shown as it was', async () => {
    const ex = explorer();
    const u = user(ex);
    await u.open([file('haidian.txt', text('Haidian'))]);
    const slow = slowFile('dongcheng.txt', text('Dongcheng'));
    const run = u.open([slow.file]);
    await new Promise((r) => setTimeout(r, 5));
    u.cancel();
    await run;
    slow.release();
    expect(u.progress).toBeNull();
    expect(ex.userArticles?.map((r) => r.id)).toEqual(['haidian']);
    expect(articlesOf(await u.evidence(HAIDIAN, REGIONS))).toEqual(['haidian']);
  });
});

describe('worker protocol: snippet pages', () => {
  // Our own sentences: Haidian named in every line, with a count now and then.
  const lines = Array.from({ length: 130 }, (_, i) =>
    i % 10 === 0 ? `Haidian District took in ${i + 3} new projects in line ${i}.` : `Haidian District, line ${i}, went on.`
  );
  const big = lines.join('\n');

  it('any window of a region’s mentions and figures, in article then text order, with the total', async () => {
    const { client } = start();
    const out = await client.ingest([
      file('big.txt', big),
      file('small.txt', text('Haidian')),
      file('other.txt', text('Dongcheng'))
    ]);
    const first = await client.snippetPage(out.batch, [HAIDIAN], 0, 50);
    expect(first.items).toHaveLength(50);
    const pages = [first];
    for (let offset = 50; offset < first.total; offset += 50)
      pages.push(await client.snippetPage(out.batch, [HAIDIAN], offset, 50));
    const items = pages.flatMap((p) => p.items);
    expect(items).toHaveLength(first.total);
    expect(pages.every((p) => p.total === first.total)).toBe(true);
    // Every mention of Haidian and every figure about it, nothing of Dongcheng.
    const evidence = await client.snippets(out.batch, [HAIDIAN]);
    const mentions = evidence.reduce((n, a) => n + a.snippets.length, 0);
    const figures = evidence.reduce((n, a) => n + a.figures.length, 0);
    expect(figures).toBeGreaterThan(0);
    expect(items.filter((i) => i.snippet)).toHaveLength(mentions);
    expect(items.filter((i) => i.figure)).toHaveLength(figures);
    expect(first.total).toBe(mentions + figures);
    expect(items.every((i) => i.code === HAIDIAN)).toBe(true);
    expect([...new Set(items.map((i) => i.article))]).toEqual(['big', 'small']);
    expect(items.filter((i) => i.snippet).every((i) => /Haidian/.test(i.snippet!.match))).toBe(true);
    const fig = items.find((i) => i.figure)!;
    expect(fig.figure).toMatchObject({ value: 3, unit: 'projects' });
    expect(fig.sentence).toContain('took in 3 new projects');
    // A window past the end is empty, with the same total.
    expect(await client.snippetPage(out.batch, [HAIDIAN], first.total + 10, 50)).toEqual({ items: [], total: first.total });
  });

  it('a batch that is no longer loaded is refused, not answered with another batch’s', async () => {
    const { client } = start();
    const a = await client.ingest([file('haidian.txt', text('Haidian'))]);
    await client.ingest([file('dongcheng.txt', text('Dongcheng'))], null);
    await expect(client.snippetPage(a.batch, [HAIDIAN], 0, 50)).rejects.toThrow('no longer loaded');
  });
});
