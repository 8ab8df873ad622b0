/**
 * Names that denote the same place or body: the first of each group is the
 * canonical form. Used to merge mentions within an article (resolve/) and
 * rows across articles (summary/). "|" separated, one group a line; from
 * public-domain general knowledge; then the bodies of data/'s files, one a
 * line with its other names.
 */
import { phraseKey } from './keys.js';
import { readData } from './files.js';
/** Data files whose lines are one body each, its names "|"-separated (data/README.md). */
const ALIAS_FILES = [
  'agencies.txt',
  'media.txt',
  'intergovernmental.txt',
  'government.txt',
  'teams-us.txt',
  'teams-world.txt',
  'sports-bodies.txt',
  'companies-world.txt',
  'companies.txt',
  'publishers.txt',
  'parties.txt',
];
// (companies-listed.txt's and clubs.txt's thousands of other names would cost more of the startup snapshot, 1.1 MB,
// than they merge: the listed ones are mostly a full name and itself less its legal form, which the article's own
// merging already joins, "Enbridge Inc." ... "Enbridge")

export const ALIAS_GROUPS = `United States|United States of America|US|U.S.|USA|U.S.A.|America
United Kingdom|UK|U.K.|Britain|Great Britain
United Nations|UN|U.N.
European Union|EU|E.U.
United Arab Emirates|UAE|U.A.E.
Soviet Union|USSR|U.S.S.R.
People's Republic of China|PRC
Democratic Republic of the Congo|DRC|DR Congo
Russia|Russian Federation
Netherlands|Holland
Czech Republic|Czechia
Myanmar|Burma
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
Kyiv|Kiev
Mumbai|Bombay
Federal Reserve|Fed|US Federal Reserve|U.S. Federal Reserve
Associated Press|AP
Agence France-Presse|AFP
North Atlantic Treaty Organization|NATO|Nato
Wal-Mart|Walmart
New York City|New York|NYC`;

/** A name's key (keys.ts). */
export const aliasNorm = phraseKey;

/** Alias key → canonical key ("us" → "united states"), built once. */
const CANONICAL = new Map<string, string>();
function addGroup(names: string[]): void {
  for (const n of names) if (!CANONICAL.has(n)) CANONICAL.set(n, names[0]!);
}
for (const line of ALIAS_GROUPS.split('\n')) addGroup(line.split('|').map(aliasNorm));
// The bodies of the data files, one a line with its other names ("National Football League|NFL",
// "Deutsche Presse-Agentur|dpa"). A weak name ("Cardinals" of "Arizona Cardinals") stays out: it names
// other things too, and would join rows of different articles into one.
for (const file of ALIAS_FILES) {
  for (const line of readData(file)) {
    const names = [...new Set(line.filter((n) => !n.weak).map((n) => aliasNorm(n.name)))];
    if (names.length > 1) addGroup(names);
  }
}

/** The key of the group a name belongs to ("U.S." and "United States" → "united states"), else its own key. */
export const canonicalKey = (name: string): string => CANONICAL.get(aliasNorm(name)) ?? aliasNorm(name);
