/**
 * Parts of the page that the first view never shows (details, the table) load on first use, so
 * the first load carries only what the first paint needs. Each is fetched ahead once the map is
 * ready and the page is idle, so a click rarely waits for the network; `lazy` returns the loader
 * a `{#await}` block calls, the same promise every time.
 */
const ahead: (() => Promise<unknown>)[] = [];

export function lazy<T>(load: () => Promise<{ default: T }>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  const get = () => (loaded ??= load().then((m) => m.default));
  ahead.push(get);
  return get;
}

/** After `data-map-ready` (MapRoot sets it) and then an idle moment: every lazy part, fetched ahead. */
export function fetchAheadWhenReady(root: HTMLElement = document.documentElement): void {
  const go = () => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    idle(() => ahead.forEach((get) => void get().catch(() => {})));
  };
  if (root.dataset.mapReady === 'true') return go();
  const watch = new MutationObserver(() => {
    if (root.dataset.mapReady !== 'true') return;
    watch.disconnect();
    go();
  });
  watch.observe(root, { attributes: true, attributeFilter: ['data-map-ready'] });
}
