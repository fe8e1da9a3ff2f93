import type { RegionEntry } from '../regions/types';
import { unitAtLevel } from '../regions/ancestry';
import type { Explorer } from './explorer.svelte';

type ViewPatch = Parameters<Explorer['view']['update']>[0];

/** What the user's actions do to the view: each is one `update`, so one history entry (README, History rule). */
export function viewActions(ex: Explorer) {
  const s = () => ex.state;
  const select = (code: string | null) => ex.view.update({ region: code, flow: null, pair: null });
  return {
    select,
    /** A new level keeps the selection where it still exists, or moves it to the unit that contains it. */
    change(patch: ViewPatch) {
      const { level, region } = s();
      if (patch.level && patch.level !== level && region)
        patch = { ...patch, region: unitAtLevel(region, patch.level, ex.regions) };
      ex.view.update(patch);
    },
    /** A searched place: a county while districts are shown switches to the level that has it. */
    pick(r: RegionEntry) {
      const level = r.levels.includes(s().level) ? s().level : r.levels[0];
      ex.view.update({ level, region: r.code, flow: null, pair: null });
    },
    /** A flow line's pair summary (a click on its body, or the list of drawn lines). */
    openPair: (key: string) => ex.view.update({ pair: key, flow: null }),
    openFlow: (id: string) => ex.view.update({ flow: id }),
    closeFlow: () => ex.view.update({ flow: null }),
    closePair: () => ex.view.update({ pair: null }),
    /** Escape closes the innermost: a flow's details, then a line's summary, then the region. */
    escape() {
      const { flow, pair, region } = s();
      if (flow) ex.view.update({ flow: null });
      else if (pair) ex.view.update({ pair: null });
      else if (region) select(null);
    }
  };
}

export type ViewActions = ReturnType<typeof viewActions>;
