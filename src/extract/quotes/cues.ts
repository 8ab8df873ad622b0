/**
 * Speech and reporting cues: the verbs and phrases that attribute a statement
 * to a source. Curated for news prose; each entry notes how its reported
 * content is introduced, which the reported-speech rules need.
 *
 *   frame 'clause'  X said (that) CLAUSE          say, add, argue, claim, insist, note, warn ...
 *   frame 'object'  X told Y (that) CLAUSE         tell, assure, inform, remind, warn
 *   frame 'to'      X urged Y to VP                 urge, ask, call on, tell, encourage, implore
 *   frame 'quote'   only introduces quoted words    call, describe, dub, label (X called it "...")
 *   frame 'topic'   a stance toward its object      praise, criticize, describe (X praised the plan)
 *
 * STANCE_VERBS below are not speech cues for quoted material; they report a
 * stance, plan or wish toward their object ("X supports the bill", "X wants to
 * run"), which the reported-speech rules read as an attribution.
 */
import type { TokenView } from './token-view.js';

export type Frame = 'clause' | 'object' | 'to' | 'quote' | 'topic';

interface CueVerb {
  /** Base form; inflections are generated unless given. */
  lemma: string;
  frames: Frame[];
  /** Irregular forms: past, past participle, -ing, third person. */
  forms?: string[];
}

const VERBS: CueVerb[] = [
  { lemma: 'say', frames: ['clause'], forms: ['said', 'says', 'saying'] },
  { lemma: 'tell', frames: ['object', 'to'], forms: ['told', 'tells', 'telling'] },
  { lemma: 'add', frames: ['clause'] },
  { lemma: 'insist', frames: ['clause'] },
  { lemma: 'argue', frames: ['clause'] },
  { lemma: 'claim', frames: ['clause'] },
  { lemma: 'note', frames: ['clause'] },
  { lemma: 'warn', frames: ['clause', 'object', 'to'] },
  { lemma: 'urge', frames: ['to'] },
  { lemma: 'explain', frames: ['clause'] },
  { lemma: 'state', frames: ['clause'] },
  { lemma: 'declare', frames: ['clause'] },
  { lemma: 'announce', frames: ['clause'] },
  { lemma: 'write', frames: ['clause'], forms: ['wrote', 'written', 'writes', 'writing'] },
  { lemma: 'tweet', frames: ['clause'] },
  { lemma: 'post', frames: ['clause'] },
  { lemma: 'ask', frames: ['to', 'quote'] },
  { lemma: 'reply', frames: ['clause'], forms: ['replied', 'replies', 'replying'] },
  { lemma: 'respond', frames: ['clause'] },
  { lemma: 'answer', frames: ['clause'] },
  { lemma: 'continue', frames: ['quote'] },
  { lemma: 'conclude', frames: ['clause'] },
  { lemma: 'acknowledge', frames: ['clause'] },
  { lemma: 'admit', frames: ['clause'], forms: ['admitted', 'admits', 'admitting'] },
  { lemma: 'concede', frames: ['clause'] },
  { lemma: 'contend', frames: ['clause'] },
  { lemma: 'assert', frames: ['clause'] },
  { lemma: 'maintain', frames: ['clause'] },
  { lemma: 'suggest', frames: ['clause'] },
  { lemma: 'predict', frames: ['clause'] },
  { lemma: 'promise', frames: ['clause', 'to'] },
  { lemma: 'vow', frames: ['clause'] },
  { lemma: 'pledge', frames: ['clause'] },
  { lemma: 'recall', frames: ['clause'] },
  { lemma: 'remark', frames: ['clause'] },
  { lemma: 'observe', frames: ['clause'] },
  { lemma: 'comment', frames: ['clause'] },
  { lemma: 'report', frames: ['clause'] },
  { lemma: 'confirm', frames: ['clause'] },
  { lemma: 'deny', frames: ['clause'], forms: ['denied', 'denies', 'denying'] },
  { lemma: 'complain', frames: ['clause'] },
  { lemma: 'charge', frames: ['clause'] },
  { lemma: 'allege', frames: ['clause'] },
  { lemma: 'accuse', frames: ['quote', 'topic'] },
  { lemma: 'joke', frames: ['clause'] },
  { lemma: 'quip', frames: ['clause'], forms: ['quipped', 'quips', 'quipping'] },
  { lemma: 'shout', frames: ['clause'] },
  { lemma: 'testify', frames: ['clause'], forms: ['testified', 'testifies', 'testifying'] },
  { lemma: 'emphasize', frames: ['clause'] },
  { lemma: 'emphasise', frames: ['clause'] },
  { lemma: 'stress', frames: ['clause'], forms: ['stressed', 'stresses', 'stressing'] },
  { lemma: 'caution', frames: ['clause'] },
  { lemma: 'agree', frames: ['clause'], forms: ['agreed', 'agrees', 'agreeing'] },
  { lemma: 'boast', frames: ['clause'] },
  { lemma: 'lament', frames: ['clause'] },
  { lemma: 'reiterate', frames: ['clause'] },
  { lemma: 'retort', frames: ['clause'] },
  { lemma: 'counter', frames: ['clause'] },
  { lemma: 'demand', frames: ['clause'] },
  { lemma: 'assure', frames: ['object'] },
  { lemma: 'inform', frames: ['object'] },
  { lemma: 'remind', frames: ['object'] },
  { lemma: 'encourage', frames: ['to'] },
  { lemma: 'implore', frames: ['to'] },
  { lemma: 'reveal', frames: ['clause'] },
  { lemma: 'estimate', frames: ['clause'] },
  { lemma: 'call', frames: ['quote'] },
  { lemma: 'describe', frames: ['quote', 'topic'] },
  { lemma: 'dub', frames: ['quote'], forms: ['dubbed', 'dubs', 'dubbing'] },
  { lemma: 'label', frames: ['quote'], forms: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'] },
  { lemma: 'brand', frames: ['quote'] },
  { lemma: 'believe', frames: ['clause'] },
  { lemma: 'think', frames: ['clause'], forms: ['thought', 'thinks', 'thinking'] },
  { lemma: 'expect', frames: ['clause'] },
  { lemma: 'hope', frames: ['clause'] },
  { lemma: 'fear', frames: ['clause'] },
  { lemma: 'worry', frames: ['clause'], forms: ['worried', 'worries', 'worrying'] },
  { lemma: 'indicate', frames: ['clause'] },
  { lemma: 'signal', frames: ['clause'] },
  { lemma: 'chant', frames: ['clause'] },
  { lemma: 'yell', frames: ['clause'] },
  { lemma: 'scream', frames: ['clause'] },
  { lemma: 'plead', frames: ['clause'] },
  { lemma: 'mention', frames: ['clause'] },
  { lemma: 'recount', frames: ['clause'] },
  { lemma: 'exclaim', frames: ['clause'] },
  { lemma: 'interject', frames: ['clause'] },
  { lemma: 'muse', frames: ['clause'] },
  { lemma: 'opine', frames: ['clause'] },
  { lemma: 'proclaim', frames: ['clause'] },
  { lemma: 'tout', frames: ['clause'] },
  { lemma: 'whisper', frames: ['clause'] },
  { lemma: 'snap', frames: ['clause'], forms: ['snapped', 'snaps', 'snapping'] },
  { lemma: 'scoff', frames: ['clause'] },
  { lemma: 'sneer', frames: ['clause'] },
  { lemma: 'summarize', frames: ['clause'] },
  { lemma: 'elaborate', frames: ['clause'] },
  { lemma: 'pronounce', frames: ['clause'] },
  { lemma: 'read', frames: ['quote'], forms: ['reads', 'reading'] },
  { lemma: 'surmise', frames: ['clause'] },
  { lemma: 'utter', frames: ['quote'] },
  { lemma: 'repeat', frames: ['clause'] },
  // Evaluative speech acts: "Mr. Obama decried the “spin masters”".
  { lemma: 'decry', frames: ['quote', 'topic'], forms: ['decried', 'decries', 'decrying'] },
  { lemma: 'denounce', frames: ['quote', 'topic'] },
  { lemma: 'condemn', frames: ['quote', 'topic'] },
  { lemma: 'criticize', frames: ['quote', 'topic'] },
  { lemma: 'criticise', frames: ['quote', 'topic'] },
  { lemma: 'praise', frames: ['quote', 'topic'] },
  { lemma: 'blast', frames: ['quote', 'topic'] },
  { lemma: 'slam', frames: ['quote', 'topic'], forms: ['slammed', 'slams', 'slamming'] },
  { lemma: 'mock', frames: ['quote', 'topic'] },
  { lemma: 'ridicule', frames: ['quote', 'topic'] },
  { lemma: 'deride', frames: ['quote', 'topic'] },
  { lemma: 'hail', frames: ['quote', 'topic'] },
  { lemma: 'applaud', frames: ['quote', 'topic'] },
  { lemma: 'dismiss', frames: ['quote', 'topic'], forms: ['dismissed', 'dismisses', 'dismissing'] },
  { lemma: 'express', frames: ['quote'], forms: ['expressed', 'expresses', 'expressing'] },
  { lemma: 'propose', frames: ['clause'] },
  { lemma: 'wonder', frames: ['clause'] },
  // Manner of speaking and channels: “...,” she fumed / he emailed / he grumbled.
  { lemma: 'fume', frames: ['clause'] },
  { lemma: 'email', frames: ['clause'] },
  { lemma: 'e-mail', frames: ['clause'] },
  { lemma: 'grumble', frames: ['clause'] },
  { lemma: 'gush', frames: ['clause'], forms: ['gushed', 'gushes', 'gushing'] },
  { lemma: 'marvel', frames: ['clause'], forms: ['marveled', 'marvelled', 'marvels', 'marveling', 'marvelling'] },
  { lemma: 'mutter', frames: ['clause'] },
  { lemma: 'murmur', frames: ['clause'] },
  { lemma: 'bellow', frames: ['clause'] },
  { lemma: 'rant', frames: ['clause'] },
  { lemma: 'brag', frames: ['clause'], forms: ['bragged', 'brags', 'bragging'] },
  { lemma: 'crow', frames: ['clause'] },
  { lemma: 'concur', frames: ['clause'], forms: ['concurred', 'concurs', 'concurring'] },
  { lemma: 'interrupt', frames: ['clause'] },
  { lemma: 'sniff', frames: ['clause'] },
  { lemma: 'huff', frames: ['clause'] },
  { lemma: 'groan', frames: ['clause'] },
  { lemma: 'sigh', frames: ['clause'] },
  { lemma: 'chuckle', frames: ['clause'] },
  { lemma: 'text', frames: ['clause'], forms: ['texted', 'texts', 'texting'] },
];

/** Phrasal and noun cues, matched on normalised words. */
export const PHRASE_CUES: Array<{ words: string[]; frames: Frame[]; lemma?: string }> = [
  { words: ['according', 'to'], frames: ['clause'] },
  // "in the words of a senior adviser": the source follows, as after "according to"
  { words: ['in', 'the', 'words', 'of'], frames: ['clause'], lemma: 'according to' },
  { words: ['made', 'it', 'clear'], frames: ['clause'], lemma: 'make it clear' },
  { words: ['makes', 'it', 'clear'], frames: ['clause'], lemma: 'make it clear' },
  { words: ['make', 'it', 'clear'], frames: ['clause'], lemma: 'make it clear' },
  { words: ['making', 'it', 'clear'], frames: ['clause'], lemma: 'make it clear' },
  { words: ['pointed', 'out'], frames: ['clause'] },
  { words: ['points', 'out'], frames: ['clause'] },
  { words: ['point', 'out'], frames: ['clause'] },
  { words: ['called', 'on'], frames: ['to'] },
  { words: ['calls', 'on'], frames: ['to'] },
  { words: ['went', 'on'], frames: ['quote'] },
  { words: ['shot', 'back'], frames: ['clause'] },
  { words: ['fired', 'back'], frames: ['clause'] },
  { words: ['wrote', 'back'], frames: ['clause'] },
  { words: ['spoke', 'of'], frames: ['quote'] },
  { words: ['put', 'it'], frames: ['quote'] },
  { words: ['puts', 'it'], frames: ['quote'] },
  { words: ['goes', 'on'], frames: ['quote'] },
  // “...,” she chimed in / he blurted out / he piped up / she weighed in
  { words: ['chimed', 'in'], frames: ['clause'], lemma: 'chime in' },
  { words: ['chimes', 'in'], frames: ['clause'], lemma: 'chime in' },
  { words: ['blurted', 'out'], frames: ['clause'], lemma: 'blurt out' },
  { words: ['blurts', 'out'], frames: ['clause'], lemma: 'blurt out' },
  { words: ['piped', 'up'], frames: ['clause'], lemma: 'pipe up' },
  { words: ['weighed', 'in'], frames: ['clause'], lemma: 'weigh in' },
];

/**
 * Stance, wish and plan verbs: their object is the attributed content ("X endorsed Ted Cruz",
 * "X wants to lose", "X called for a ban"). `prep`: the word that must follow the verb, the
 * content starting after it ("talked about the economy"); the verb alone is too often not a stance.
 */
export interface StanceVerb {
  lemma: string;
  forms?: string[];
  prep?: string[];
}

const STANCE_VERBS: StanceVerb[] = [
  { lemma: 'support' },
  { lemma: 'endorse' },
  { lemma: 'oppose' },
  { lemma: 'favor' },
  { lemma: 'favour' },
  { lemma: 'prefer', forms: ['preferred', 'prefers', 'preferring'] },
  { lemma: 'want' },
  { lemma: 'seek', forms: ['sought', 'seeks', 'seeking'] },
  { lemma: 'advocate' },
  { lemma: 'champion' },
  { lemma: 'defend' },
  { lemma: 'reject' },
  { lemma: 'welcome' },
  { lemma: 'blame' },
  { lemma: 'cite' },
  { lemma: 'question' },
  { lemma: 'plan', forms: ['planned', 'plans', 'planning'] },
  { lemma: 'intend' },
  { lemma: 'threaten' },
  { lemma: 'refuse' },
  { lemma: 'decline' },
  { lemma: 'call', prep: ['for'] },
  { lemma: 'push', prep: ['for'] },
  { lemma: 'ask', prep: ['about', 'whether', 'if'] },
  { lemma: 'talk', prep: ['about'] },
  { lemma: 'speak', forms: ['spoke', 'spoken', 'speaks', 'speaking'], prep: ['about', 'of'] },
  { lemma: 'boast', prep: ['of', 'about'] },
  { lemma: 'refer', forms: ['referred', 'refers', 'referring'], prep: ['to'] },
];

/** Regular inflections of a cue verb: base, third person, past, -ing. */
const REGULAR_SUFFIXES = (lemma: string): string[] => {
  const base = lemma;
  if (base.endsWith('e')) return [base, base + 's', base + 'd', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing'];
  if (/(ss|sh|ch|x)$/.test(base)) return [base, base + 'es', base + 'ed', base + 'ing'];
  return [base, base + 's', base + 'ed', base + 'ing'];
};

export interface CueInfo {
  lemma: string;
  frames: Frame[];
}

/** Every inflected form of every cue verb, to its lemma and frames. */
export const CUE_FORMS: ReadonlyMap<string, CueInfo> = (() => {
  const m = new Map<string, CueInfo>();
  for (const v of VERBS) {
    const info = { lemma: v.lemma, frames: v.frames };
    for (const f of [v.lemma, ...(v.forms ?? REGULAR_SUFFIXES(v.lemma))]) if (!m.has(f)) m.set(f, info);
  }
  return m;
})();

export interface StanceInfo {
  lemma: string;
  prep?: string[];
}

/** Every inflected form of every stance verb, to its lemma and required preposition. */
export const STANCE_FORMS: ReadonlyMap<string, StanceInfo> = (() => {
  const m = new Map<string, StanceInfo>();
  for (const v of STANCE_VERBS) {
    const info = v.prep ? { lemma: v.lemma, prep: v.prep } : { lemma: v.lemma };
    for (const f of [v.lemma, ...(v.forms ?? REGULAR_SUFFIXES(v.lemma))]) if (!m.has(f)) m.set(f, info);
  }
  return m;
})();

/** Verbs whose -ing/base forms are too often not speech ("the state", "a note", "the post"). */
export const NOUN_LIKE = new Set([
  'email',
  'e-mail',
  'text',
  'sigh',
  'groan',
  'crow',
  'rant',
  'gush',
  'marvel',
  'huff',
  'sniff',
  'state',
  'note',
  'post',
  'report',
  'comment',
  'counter',
  'charge',
  'claim',
  'fear',
  'hope',
  'stress',
  'answer',
  'call',
  'signal',
  'brand',
  'label',
  'promise',
  'pledge',
  'demand',
  'estimate',
  'caution',
  'remark',
  'reply',
  'joke',
  'tweet',
  'vow',
]);

export interface Cue {
  /** First and last token of the cue ("said"; "according to"; "pointed out"). */
  first: number;
  last: number;
  lemma: string;
  frames: Frame[];
}

/** The speech cue that starts at token i (a verb used as a verb, or a phrase), outside quoted material. */
export function readCue(view: TokenView, i: number): Cue | undefined {
  const tok = view.tokens[i]!;
  if (view.inQuote[i]! >= 0) return undefined;
  for (const p of PHRASE_CUES) {
    if (p.words[0] !== tok.normal) continue;
    if (p.words.every((w, k) => view.tokens[i + k]?.normal === w && view.inQuote[i + k]! < 0)) {
      return { first: i, last: i + p.words.length - 1, lemma: p.lemma ?? p.words.join(' '), frames: p.frames };
    }
  }
  const info = CUE_FORMS.get(tok.normal);
  if (!info || !verbUse(view, i, info.lemma)) return undefined;
  return { first: i, last: i, lemma: info.lemma, frames: info.frames };
}

/**
 * A stance verb at token i with its object ("endorsed Ted Cruz", "called for a ban"): a cue
 * for reported content only, never for quoted material. `last` is the required preposition, if any.
 */
export function stanceAt(view: TokenView, i: number): Cue | undefined {
  const tok = view.tokens[i]!;
  if (view.inQuote[i]! >= 0) return undefined;
  const info = STANCE_FORMS.get(tok.normal);
  if (!info || !verbUse(view, i, info.lemma) || prevIsDeterminer(view, i)) return undefined;
  if (!(tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund')) || tok.tags.has('Noun'))
    return undefined;
  if (!info.prep) return { first: i, last: i, lemma: info.lemma, frames: ['topic'] };
  const next = view.tokens[i + 1];
  if (!next || tok.post.trim() || !info.prep.includes(next.normal) || view.inQuote[i + 1]! >= 0) return undefined;
  // "asked whether ...", "asked if ...": the conjunction belongs to the content
  const keep = next.normal === 'whether' || next.normal === 'if';
  return { first: i, last: keep ? i : i + 1, lemma: `${info.lemma} ${next.normal}`, frames: ['topic'] };
}

/** Token i, a form of `lemma`, is used as a verb here ("the said agreement", "his tweet" are not). */
function verbUse(view: TokenView, i: number, lemma: string): boolean {
  const tok = view.tokens[i]!;
  const base = tok.normal === lemma;
  const isVerb = tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund');
  if (NOUN_LIKE.has(lemma) && (!isVerb || (base && prevIsDeterminer(view, i)))) return false;
  if (base && !isVerb) return false;
  // "the said agreement", "a telling sign": adjectival uses.
  if (prevIsDeterminer(view, i) && !tok.tags.has('PastTense')) return false;
  return true;
}

export function prevIsDeterminer(view: TokenView, i: number): boolean {
  const p = view.tokens[i - 1];
  // "the said agreement", "his tweet": only a determiner or possessive right before, nothing between.
  return (
    !!p &&
    !p.post.trim() &&
    view.sameClause(i - 1, i) &&
    (p.tags.has('Determiner') || (p.tags.has('Possessive') && p.tags.has('Pronoun')))
  );
}
