export type { Lang } from '../domain/language';
import type { Lang } from '../domain/language';

/**
 * 'zh' when Han characters outweigh Latin words. One Han character carries about as much as a short
 * English word, so letters are divided by 5 before comparing; a Chinese article quoting English
 * names stays Chinese and an English one quoting a few Chinese names stays English.
 */
export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return langOf(han, latin);
}

/** detectLang's rule from its two counts (the matching view counts them in its own pass over the text: view.ts). */
export function langOf(han: number, latin: number): Lang {
  return han > latin / 5 ? 'zh' : 'en';
}
