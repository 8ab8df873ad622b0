/**
 * Names that denote the same place or body: the first of each group is the
 * canonical form. Used to merge mentions within an article (resolve/) and
 * rows across articles (summary/). "|" separated, one group a line; from
 * public-domain general knowledge.
 */
import { phraseKey } from './keys.js';
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
for (const line of ALIAS_GROUPS.split('\n')) {
  const names = line.split('|').map(aliasNorm);
  for (const n of names) if (!CANONICAL.has(n)) CANONICAL.set(n, names[0]!);
}

/** The key of the group a name belongs to ("U.S." and "United States" → "united states"), else its own key. */
export const canonicalKey = (name: string): string => CANONICAL.get(aliasNorm(name)) ?? aliasNorm(name);
