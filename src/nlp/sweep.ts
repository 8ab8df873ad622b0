/**
 * A faster drop-in for compromise's `bulkMatch`, the step of its post-tagger
 * that picks, for every comma-separated piece of a sentence, which of its
 * ~570 tagging patterns could match there, then runs them.
 *
 * Why: compromise 14 finds the candidates by walking every key of the pattern
 * index for every piece (`Object.keys(hooks)` each time, then `concat` per
 * hit), about a quarter of the whole parse. Here the index's key order is
 * taken once per pattern net, and each piece looks up only the words and tags
 * it has. The result is the same list in the same order — candidates ordered
 * by their first index key, duplicates (same pattern text) dropped before the
 * needs / if-no / wants checks, the un-indexed patterns last — so the tags
 * are identical; tests/sweep.test.ts compares both on sample texts. A
 * pattern whose first tokens are plain tags or words is also tried only from
 * the first term where they stand, and not at all without one (see startOf).
 */

/** A parsed match token (compromise's parseMatch), the fields read here. */
interface Reg {
  tag?: string;
  word?: string;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  id?: string;
  use?: string;
  fuzzy?: boolean;
  choices?: unknown;
  fastOr?: unknown;
  greedy?: boolean;
}

interface Pattern {
  match: string;
  regs?: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

type Term = {
  id?: string;
  tags: Set<string>;
  text: string;
  normal: string;
  machine?: string | null;
  alias?: string[];
  implicit?: string;
};
interface Found {
  ptrs: number[][];
}
interface Methods {
  one: {
    cacheDoc: (document: Term[][]) => Set<string>[];
    match: (docs: Term[][], todo: Pattern) => Found;
  };
}

/**
 * Index keys seen in most pieces of English news text, most frequent first
 * (measured on news articles). A pattern is filed under its rarest need, so
 * that a piece with the common tags only looks at a few dozen patterns.
 */
const COMMON_KEYS = [
  '#Noun',
  '#Verb',
  '#Singular',
  '#PresentTense',
  '#Determiner',
  '#Preposition',
  '#ProperNoun',
  '#PastTense',
  '#Conjunction',
  '#Adjective',
  '%Noun|Verb%',
  'the',
  '#Pronoun',
  '#Infinitive',
  '#Plural',
  '#Person',
  '#Copula',
  'to',
  '#Adverb',
  'a',
  'of',
  '#Gerund',
  'and',
  '#Possessive',
  'in',
  '#Actor',
  '#Value',
  '%Plural|Verb%',
  'that',
  '#Cardinal',
  '#Place',
  'is',
  '#FirstName',
  '#QuestionWord',
  '#Date',
  '#Modal',
  'he',
  '#LastName',
];
const commonness = new Map(COMMON_KEYS.map((k, i) => [k, COMMON_KEYS.length - i]));

interface HookIndex {
  /** Patterns by the one key that must be present for them to be tried (their rarest need; every want if none). */
  byKey: Map<string, Pattern[]>;
  /** Where each pattern first shows in compromise's concatenation of hook lists, per key it is filed under there. */
  order: Map<Pattern, Map<string, number>>;
}

const indexes = new WeakMap<object, HookIndex>();

/**
 * Index a net. compromise's sweep drops a candidate whose match text it has
 * already taken; here each pattern object is taken once, which is the same:
 * buildNet keeps one pattern per text under each key, and a pattern's keys
 * come from its text, so the same one wins under every key.
 */
function hookIndex(hooks: Record<string, Pattern[]>): HookIndex {
  let ix = indexes.get(hooks);
  if (ix) return ix;
  const order = new Map<Pattern, Map<string, number>>();
  let g = 0;
  for (const key of Object.keys(hooks)) {
    for (const p of hooks[key]!) {
      let at = order.get(p);
      if (!at) order.set(p, (at = new Map()));
      at.set(key, g++);
    }
  }
  const byKey = new Map<string, Pattern[]>();
  const file = (key: string, p: Pattern) => {
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  };
  for (const p of order.keys()) {
    if (p.needs.length === 0) for (const w of new Set(p.wants)) file(w, p);
    else
      file(
        p.needs.reduce((a, b) => ((commonness.get(b) ?? 0) < (commonness.get(a) ?? 0) ? b : a)),
        p,
      );
  }
  ix = { byKey, order };
  indexes.set(hooks, ix);
  return ix;
}

/** compromise's checks: every need, no if-no, enough wants, enough words. */
function fits(p: Pattern, haves: Set<string>, termCount: number): boolean {
  for (const need of p.needs) if (!haves.has(need)) return false;
  if (p.ifNo !== undefined && p.ifNo.some((no) => haves.has(no))) return false;
  if (p.wants.length > 0) {
    let found = 0;
    for (const w of p.wants) if (haves.has(w)) found++;
    if (found < p.minWant) return false;
  }
  return termCount >= p.minWords;
}

/**
 * compromise's candidate list for one piece — every hook list of a key the
 * piece has, in key order, repeats dropped, then trimmed by fits() — found
 * through the index: only patterns filed under a key the piece has.
 */
function candidates(haves: Set<string>, ix: HookIndex, always: Pattern[], termCount: number): Pattern[] {
  const hits: Array<[number, Pattern]> = [];
  const seen = new Set<Pattern>();
  for (const key of haves) {
    const list = ix.byKey.get(key);
    if (!list) continue;
    for (const p of list) {
      if (p.needs.length === 0) {
        // filed under each of its wants: take it once
        if (seen.has(p)) continue;
        seen.add(p);
      }
      if (!fits(p, haves, termCount)) continue;
      // its place in compromise's list: its first entry under a key this piece has
      let first = Infinity;
      for (const [k, g] of ix.order.get(p)!) if (g < first && haves.has(k)) first = g;
      hits.push([first, p]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const out = hits.map((h) => h[1]);
  for (const p of always) if (termCount >= p.minWords) out.push(p);
  return out;
}

/** A required tag or word, tested as compromise's doesMatch does (see startsHere); anything else is not plain. */
function plain(reg: Reg | undefined): reg is Reg {
  return (
    !!reg &&
    !reg.optional &&
    !reg.negative &&
    !reg.anything &&
    !reg.start &&
    !reg.end &&
    reg.id === undefined &&
    reg.choices === undefined &&
    reg.fastOr === undefined &&
    ((reg.tag !== undefined && reg.word === undefined) ||
      (reg.word !== undefined && reg.tag === undefined && reg.use === undefined && !reg.fuzzy))
  );
}

/**
 * Where a pattern can start: when its first token is plain, only at a term
 * that has it; when, besides, that token takes one term (not greedy) and the
 * second is plain too, only where the next term has the second (unless the
 * first term is half of a contraction, where compromise's matcher may step
 * over the other half). Null for a first token that is not plain (optional,
 * negated, anchored, alternatives, fuzzy...): tried from every term, as
 * compromise does.
 */
interface Start {
  first: Reg;
  second: Reg | null;
}
const starts = new WeakMap<Pattern, Start | null>();
function startOf(p: Pattern): Start | null {
  let st = starts.get(p);
  if (st === undefined) {
    const [r0, r1] = p.regs ?? [];
    st = plain(r0) ? { first: r0, second: !r0.greedy && plain(r1) ? r1 : null } : null;
    starts.set(p, st);
  }
  return st;
}

function canStart(terms: Term[], i: number, st: Start): boolean {
  if (!startsHere(terms[i]!, st.first)) return false;
  if (!st.second || terms[i]!.implicit) return true;
  return i + 1 < terms.length && startsHere(terms[i + 1]!, st.second);
}

function startsHere(t: Term, reg: Reg): boolean {
  if (reg.tag !== undefined) return t.tags.has(reg.tag);
  const w = reg.word;
  return t.machine === w || t.text === w || t.normal === w || (t.alias?.includes(w!) ?? false);
}

export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): object[] {
  const docCache = methods.one.cacheDoc(document);
  const ix = hookIndex(net.hooks);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const p of candidates(docCache[n]!, ix, net.always, terms.length)) {
      // compromise tries a pattern from every term; none before the first that
      // can start it can match, so they are skipped (the match runs on the rest)
      let from = 0;
      const st = startOf(p);
      if (st) while (from < terms.length && !canStart(terms, from, st)) from++;
      if (from === terms.length) continue;
      const res = methods.one.match([from > 0 ? terms.slice(from) : terms], p);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        // point into the whole piece, and the piece into the whole document
        ptr[0] = n;
        ptr[1]! += from;
        ptr[2]! += from;
        results.push({ ...p, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

/** compromise plugin: install the faster bulkMatch. */
export const fastSweep = { methods: { one: { bulkMatch } } };
