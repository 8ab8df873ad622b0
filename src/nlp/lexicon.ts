/**
 * A compromise plugin with our gazetteer names, so that the shared parse tags
 * countries, cities, regions and organizations it does not know
 * ("Kritenbrink" stays unknown; "Aer Lingus", "Xiamen" become names).
 * Names that are also common words ("Apple", "Turkey", "Mobile") are left out:
 * tagging them everywhere would mislead the tagger more than help it.
 * Load with `nlp.plugin(lexicon)` (see engine.ts).
 */
import { GAZETTEER, entryWords, list } from '../data/gazetteer.js';
import { CAPITALS_AND_CITIES, COUNTRIES, REGIONS, US_STATES } from '../data/places.js';
import { COMPANIES, GOVERNMENT, INTERNATIONAL, MEDIA, PARTIES } from '../data/organizations.js';
import { wordKey } from '../data/keys.js';

const words: Record<string, string> = {};

function tagAll(entries: string, tag: string): void {
  for (const e of list(entries)) {
    const ws = entryWords(e);
    const gaz = GAZETTEER.get(ws.map(wordKey).join(' '));
    if (!gaz || gaz.weak || gaz.exclude) continue;
    // short acronyms are words in lower case ("us", "who", "sec")
    if (gaz.exact && gaz.exact.length <= 3) continue;
    // one-word names written in lower case are common words ("delta", "total"); acronyms are safe
    if (ws.length === 1 && !gaz.exact && /^\p{Lu}\p{Ll}+$/u.test(e) && COMMON.has(e.toLowerCase())) continue;
    const k = e.toLowerCase();
    if (!(k in words)) words[k] = tag;
  }
}

/** One-word names that are ordinary English words too. */
const COMMON = new Set([
  'delta',
  'total',
  'shell',
  'target',
  'visa',
  'quad',
  'time',
  'fortune',
  'guardian',
  'labour',
  'greens',
  'meta',
  'amazon',
  'apple',
  'oracle',
  'sprint',
  'southwest',
  'emirates',
  'congress',
  'army',
  'navy',
  'parliament',
  'senate',
  'fed',
  'dell',
  'ford',
  'nice',
  'mobile',
  'reading',
  'bath',
  'turkey',
  'chad',
  'jordan',
  'georgia',
  'victoria',
  'earth',
  'gulf',
  'pacific',
  'atlantic',
  'vox',
  'politico',
]);

tagAll(COUNTRIES, 'Country');
tagAll(US_STATES, 'Region');
tagAll(CAPITALS_AND_CITIES, 'City');
tagAll(REGIONS, 'Place');
tagAll(INTERNATIONAL, 'Organization');
tagAll(GOVERNMENT, 'Organization');
tagAll(MEDIA, 'Organization');
tagAll(PARTIES, 'Organization');
tagAll(COMPANIES, 'Organization');

export const lexicon = { words };
export default lexicon;
