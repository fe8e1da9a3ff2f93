import { decodeView, encodeView, type ViewState, type Vocabulary } from '../url/codec';

/**
 * The view the URL describes, kept in sync with it: a new selection pushes a history entry (Back
 * undoes it); other changes replace the entry; the `#map=` camera hash is always carried over.
 */
export class ViewStore {
  state = $state<ViewState>() as ViewState;
  problems = $state<string[]>([]);
  readonly #vocab: Vocabulary;

  constructor(vocab: Vocabulary) {
    this.#vocab = vocab;
    this.#read();
  }

  #read(): void {
    const { state, problems } = decodeView(location.search, this.#vocab);
    this.state = state;
    this.problems = problems;
  }

  /** Re-reads the URL after Back/Forward. */
  onPopState = (): void => this.#read();

  update(patch: Partial<ViewState>): void {
    const next = { ...this.state, ...patch };
    const pushes = 'region' in patch && patch.region !== this.state.region;
    this.state = next;
    const url = `${location.pathname}${encodeView(next, this.#vocab.defaultMetric)}${location.hash}`;
    if (pushes) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }
}
