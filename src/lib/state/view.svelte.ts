import {
  decodeView,
  encodeView,
  parseCameraHash,
  withoutCamera,
  type CameraLimits,
  type ViewState,
  type Vocabulary
} from '../url/codec';
import { afterPaint } from '../map/afterPaint.svelte';
import { linkProblem, type LinkProblem } from '../url/linkProblems';

export interface UpdateOptions {
  /**
   * Consecutive updates with the same gesture (dragging one thumb of the year range) are one
   * action: the first adds a history entry, the rest replace it.
   */
  gesture?: string;
}

/**
 * The view the URL describes, kept in sync with it. History rule: every user action that changes
 * what the map shows (level, metric, classes, selection, opened flow, flow kinds, years, language,
 * map/table) adds one entry, so Back undoes exactly one action; camera moves replace the current
 * entry (MapLibre's `#map=`), so panning never floods Back. The address bar only ever carries the
 * accepted state: what the link asked for but could not have is dropped and listed in `problems`.
 */
export class ViewStore {
  state = $state<ViewState>() as ViewState;
  problems = $state<LinkProblem[]>([]);
  readonly #vocab: Vocabulary;
  readonly #camera: CameraLimits;
  #gesture: string | null = null;
  /** The state was read from the address (load, Back/Forward), not set by an action in the page. */
  #fromLink = false;

  constructor(vocab: Vocabulary, camera: CameraLimits) {
    this.#vocab = vocab;
    this.#camera = camera;
    this.#read();
  }

  #read(): void {
    // Back/Forward: the address is now the entry it landed on; writes not yet made are void.
    this.#pending = [];
    this.#cancel?.();
    this.#cancel = null;
    const { state, problems } = decodeView(location.search, this.#vocab);
    const cam = parseCameraHash(location.hash, this.#camera);
    if (cam.problem) problems.push(cam.problem);
    this.#assign(state);
    this.problems = problems;
    this.#gesture = null;
    this.#fromLink = true;
    // Rewrite the address to what was accepted, so Copy link and a reload pass on no rejected value.
    const url = this.#url(state, cam.problem ? withoutCamera(location.hash) : location.hash);
    if (url !== location.href) this.#write('replace', url);
  }

  /** Re-reads the URL after Back/Forward. */
  onPopState = (): void => this.#read();

  /** Checks a hash the user typed (hashchange) before MapLibre reads it; false when it was rejected. */
  checkCamera(): boolean {
    const cam = parseCameraHash(location.hash, this.#camera);
    if (!cam.problem) return true;
    this.problems = [...this.problems, cam.problem];
    return false;
  }

  update(patch: Partial<ViewState>, { gesture }: UpdateOptions = {}): void {
    const next = { ...this.state, ...patch };
    // Another region's details open at their first page.
    if (next.region !== this.state.region && patch.page === undefined) next.page = 0;
    const changed = (Object.keys(patch) as (keyof ViewState)[]).some(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(this.state[k])
    );
    if (!changed) return;
    const same = gesture !== undefined && gesture === this.#gesture;
    this.#gesture = gesture ?? null;
    this.#fromLink = false;
    this.#assign(next);
    this.#later(same ? 'replace' : 'push', next);
  }

  /**
   * Closes the pair summary of a flow line this view does not draw (another level, filter or data
   * set), replacing the current entry: not an action of the user's. A link that asked for it gets a
   * notice, and the address drops it.
   */
  rejectPair(param: string): void {
    if (this.state.pair === null) return;
    if (this.#fromLink) this.problems = [...this.problems, linkProblem.unknown('flow line', param)];
    this.state.pair = null;
    this.#later('replace', { ...this.state });
  }

  /**
   * Sets only the fields that changed, so a reader of one field (the metric totals read the level
   * and years) is not re-run by a change of another (a click changes the selection): a new state
   * object would invalidate every reader of every field.
   */
  #assign(next: ViewState): void {
    if (!this.state) {
      this.state = next;
      return;
    }
    const state = this.state as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(next)) if (JSON.stringify(v) !== JSON.stringify(state[k])) state[k] = v;
  }

  /** An absolute URL of this document: a path like `//evil.example/` must never read as another host. */
  #url(state: ViewState, hash: string): string {
    const u = new URL(location.href);
    u.search = encodeView(state, this.#vocab.defaultMetric);
    u.hash = hash;
    return u.href;
  }

  #pending: { how: 'push' | 'replace'; state: ViewState }[] = [];
  #cancel: (() => void) | null = null;

  /**
   * Writes the address after the frame that shows the change, in order: building the URL and
   * pushState took tens of milliseconds of a click's frame, before its details could paint.
   */
  #later(how: 'push' | 'replace', state: ViewState): void {
    this.#pending.push({ how, state });
    this.#cancel ??= afterPaint(() => {
      this.#cancel = null;
      const pending = this.#pending;
      this.#pending = [];
      for (const w of pending) this.#write(w.how, this.#url(w.state, location.hash));
    });
  }

  #write(how: 'push' | 'replace', url: string): void {
    try {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed or opaque-origin page refuses history writes: the view still works, only unlinked.
    }
  }
}
