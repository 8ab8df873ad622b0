/**
 * The verb table: every verb and phrase that attributes a statement, with how its content is
 * introduced and the properties the stages read. Every list of "say/said" forms in the project
 * derives from this file (quotes/cues.ts, quotes/reported.ts, quotes/attribute.ts,
 * entities/cues.ts, resolve/gender.ts, dates/tense.ts), so a verb is added in one place.
 *
 *   frame 'clause'  X said (that) CLAUSE          say, add, argue, claim, insist, note, warn ...
 *   frame 'object'  X told Y (that) CLAUSE         tell, assure, inform, remind, warn
 *   frame 'to'      X urged Y to VP                 urge, ask, call on, tell, encourage, implore
 *   frame 'quote'   only introduces quoted words    call, describe, dub, label (X called it "...")
 *   frame 'topic'   a stance toward its object      praise, criticize, describe (X praised the plan)
 *
 * STANCE_VERBS are not speech cues for quoted material; they report a stance, plan or wish toward
 * their object ("X supports the bill", "X wants to run"). EVIDENCE_VERBS report a clause only
 * when their subject is a document, a poll or a study ("the poll found ...").
 */
export type Frame = 'clause' | 'object' | 'to' | 'quote' | 'topic';

export interface SpeechVerb {
  /** Base form; inflections are generated unless given. */
  lemma: string;
  frames: Frame[];
  /** Irregular forms, the past first (then past participle, third person, -ing). */
  forms?: string[];
  /** Takes a bare clause without "that" ("He said the plan failed"); the others need "that". */
  bare?: true;
  /** A verb of saying proper: a nested "called"/"described" defers to an outer one of these. */
  proper?: true;
  /** Its past right after a name says the name is a person's ("Smith said", "Smith testified"). */
  namesPerson?: true;
  /** The commonest two (say, tell): their forms alone next to a name mark it as a source. */
  core?: true;
  /** Its past is one that compromise sometimes tags as an adjective after a closing quote mark ("…,” said Smith). */
  adjectivalPast?: true;
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  {
    lemma: 'say',
    frames: ['clause'],
    forms: ['said', 'says', 'saying'],
    bare: true,
    proper: true,
    namesPerson: true,
    core: true,
    adjectivalPast: true,
  },
  {
    lemma: 'tell',
    frames: ['object', 'to'],
    forms: ['told', 'tells', 'telling'],
    bare: true,
    proper: true,
    namesPerson: true,
    core: true,
    adjectivalPast: true,
  },
  { lemma: 'add', frames: ['clause'], bare: true, proper: true, namesPerson: true, adjectivalPast: true },
  { lemma: 'insist', frames: ['clause'], bare: true, proper: true, namesPerson: true, adjectivalPast: true },
  { lemma: 'argue', frames: ['clause'], bare: true, proper: true, namesPerson: true, adjectivalPast: true },
  { lemma: 'claim', frames: ['clause'], bare: true, proper: true },
  { lemma: 'note', frames: ['clause'], bare: true, namesPerson: true, adjectivalPast: true },
  { lemma: 'warn', frames: ['clause', 'object', 'to'], bare: true, namesPerson: true, adjectivalPast: true },
  { lemma: 'urge', frames: ['to'] },
  { lemma: 'explain', frames: ['clause'], bare: true, namesPerson: true, adjectivalPast: true },
  { lemma: 'state', frames: ['clause'], bare: true, proper: true, namesPerson: true },
  { lemma: 'declare', frames: ['clause'], bare: true, proper: true },
  { lemma: 'announce', frames: ['clause'], bare: true, proper: true, adjectivalPast: true },
  {
    lemma: 'write',
    frames: ['clause'],
    forms: ['wrote', 'written', 'writes', 'writing'],
    bare: true,
    proper: true,
    namesPerson: true,
    adjectivalPast: true,
  },
  { lemma: 'tweet', frames: ['clause'], bare: true, proper: true, namesPerson: true },
  { lemma: 'post', frames: ['clause'] },
  { lemma: 'ask', frames: ['to', 'quote'], adjectivalPast: true },
  {
    lemma: 'reply',
    frames: ['clause'],
    forms: ['replied', 'replies', 'replying'],
    namesPerson: true,
    adjectivalPast: true,
  },
  { lemma: 'respond', frames: ['clause'] },
  { lemma: 'answer', frames: ['clause'] },
  { lemma: 'continue', frames: ['quote'] },
  { lemma: 'conclude', frames: ['clause'] },
  { lemma: 'acknowledge', frames: ['clause'], bare: true, namesPerson: true },
  { lemma: 'admit', frames: ['clause'], forms: ['admitted', 'admits', 'admitting'], bare: true, namesPerson: true },
  { lemma: 'concede', frames: ['clause'], bare: true },
  { lemma: 'contend', frames: ['clause'], bare: true },
  { lemma: 'assert', frames: ['clause'], bare: true },
  { lemma: 'maintain', frames: ['clause'], bare: true },
  { lemma: 'suggest', frames: ['clause'], bare: true },
  { lemma: 'predict', frames: ['clause'], bare: true },
  { lemma: 'promise', frames: ['clause', 'to'], bare: true },
  { lemma: 'vow', frames: ['clause'], bare: true },
  { lemma: 'pledge', frames: ['clause'], bare: true },
  { lemma: 'recall', frames: ['clause'], bare: true, namesPerson: true },
  { lemma: 'remark', frames: ['clause'] },
  { lemma: 'observe', frames: ['clause'] },
  { lemma: 'comment', frames: ['clause'] },
  { lemma: 'report', frames: ['clause'], bare: true },
  { lemma: 'confirm', frames: ['clause'], bare: true },
  { lemma: 'deny', frames: ['clause', 'topic'], forms: ['denied', 'denies', 'denying'], bare: true },
  { lemma: 'complain', frames: ['clause'], bare: true },
  { lemma: 'charge', frames: ['clause'], bare: true },
  { lemma: 'allege', frames: ['clause'], bare: true },
  { lemma: 'accuse', frames: ['quote', 'topic'] },
  { lemma: 'joke', frames: ['clause'] },
  { lemma: 'quip', frames: ['clause'], forms: ['quipped', 'quips', 'quipping'] },
  { lemma: 'shout', frames: ['clause'] },
  {
    lemma: 'testify',
    frames: ['clause'],
    forms: ['testified', 'testifies', 'testifying'],
    bare: true,
    namesPerson: true,
  },
  { lemma: 'emphasize', frames: ['clause', 'topic'], bare: true },
  { lemma: 'emphasise', frames: ['clause'], bare: true },
  { lemma: 'stress', frames: ['clause', 'topic'], forms: ['stressed', 'stresses', 'stressing'], bare: true },
  { lemma: 'caution', frames: ['clause'] },
  { lemma: 'agree', frames: ['clause'], forms: ['agreed', 'agrees', 'agreeing'], bare: true },
  { lemma: 'boast', frames: ['clause'] },
  { lemma: 'lament', frames: ['clause'] },
  { lemma: 'reiterate', frames: ['clause', 'topic'] },
  { lemma: 'retort', frames: ['clause'] },
  { lemma: 'counter', frames: ['clause'] },
  { lemma: 'demand', frames: ['clause'] },
  { lemma: 'assure', frames: ['object'] },
  { lemma: 'inform', frames: ['object'] },
  { lemma: 'remind', frames: ['object'] },
  { lemma: 'encourage', frames: ['to'] },
  { lemma: 'implore', frames: ['to'] },
  { lemma: 'reveal', frames: ['clause'], bare: true },
  { lemma: 'estimate', frames: ['clause'], bare: true },
  { lemma: 'call', frames: ['quote'] },
  { lemma: 'describe', frames: ['quote', 'topic'] },
  { lemma: 'dub', frames: ['quote'], forms: ['dubbed', 'dubs', 'dubbing'] },
  { lemma: 'label', frames: ['quote'], forms: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'] },
  { lemma: 'brand', frames: ['quote'] },
  { lemma: 'believe', frames: ['clause'], bare: true },
  { lemma: 'think', frames: ['clause'], forms: ['thought', 'thinks', 'thinking'], bare: true },
  { lemma: 'expect', frames: ['clause'], bare: true },
  { lemma: 'hope', frames: ['clause'], bare: true },
  { lemma: 'fear', frames: ['clause'], bare: true },
  { lemma: 'worry', frames: ['clause'], forms: ['worried', 'worries', 'worrying'], bare: true },
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
  { lemma: 'tout', frames: ['clause', 'topic'] },
  { lemma: 'whisper', frames: ['clause'] },
  { lemma: 'snap', frames: ['clause'], forms: ['snapped', 'snaps', 'snapping'] },
  { lemma: 'scoff', frames: ['clause'] },
  { lemma: 'sneer', frames: ['clause'] },
  { lemma: 'summarize', frames: ['clause'] },
  { lemma: 'elaborate', frames: ['clause'] },
  { lemma: 'pronounce', frames: ['clause'] },
  { lemma: 'read', frames: ['quote'], forms: ['read', 'reads', 'reading'] },
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
  { lemma: 'express', frames: ['quote', 'topic'], forms: ['expressed', 'expresses', 'expressing'] },
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
  // "as reported by Reuters", "as cited by the agency": a passive source, read as after "according to"
  ...['reported', 'cited', 'stated', 'noted', 'quoted'].map((v) => ({
    words: ['as', v, 'by'],
    frames: ['clause'] as Frame[],
    lemma: 'according to',
  })),
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
  /** A view of something as something: only with "as" in its object ("developers see golf courses as wasted space"). */
  as?: true;
  /** A choice stated, not one possible: after "could", "can", "may" ... no stance ("they could vote for any party"). */
  stated?: true;
}

export const STANCE_VERBS: readonly StanceVerb[] = [
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
  { lemma: 'ask', prep: ['about', 'whether', 'if', 'for'] },
  { lemma: 'talk', prep: ['about'] },
  { lemma: 'speak', forms: ['spoke', 'spoken', 'speaks', 'speaking'], prep: ['about', 'of'] },
  { lemma: 'boast', prep: ['of', 'about'] },
  { lemma: 'refer', forms: ['referred', 'refers', 'referring'], prep: ['to'] },
  // verbal attacks on a person or a policy (not "attack", as often physical or a noun): "Sanders assailed Clinton's paid speeches"
  { lemma: 'assail' },
  { lemma: 'lambaste' },
  { lemma: 'fault' },
  // plans put forward: "Clinton has proposed a modest tax", "the band announced a benefit concert"
  { lemma: 'propose' },
  { lemma: 'announce' },
  { lemma: 'demand' },
  { lemma: 'consider' },
  // a commitment or a decision: only with its infinitive ("vowed to take his campaign to the convention")
  { lemma: 'vow', prep: ['to'] },
  { lemma: 'pledge', prep: ['to'] },
  { lemma: 'promise', prep: ['to'] },
  { lemma: 'decide', prep: ['to'] },
  { lemma: 'hint', prep: ['at'] },
  { lemma: 'point', prep: ['to'] },
  { lemma: 'vote', prep: ['for', 'against'], stated: true },
  { lemma: 'campaign', prep: ['for', 'against'] },
  { lemma: 'argue', prep: ['for', 'against'] },
  // "Rubio seemed to urge the opposite tactic" ("urged voters to ..." is reported.to)
  { lemma: 'urge' },
  // knowledge and perception with a person's subject: "Reporters know they're being spun", "Millennials see police violence as a problem"
  { lemma: 'know', forms: ['knew', 'known', 'knows', 'knowing'] },
  { lemma: 'see', forms: ['saw', 'seen', 'sees', 'seeing'], as: true },
  // a stance or a complaint toward what follows the preposition: "Biden complained about the dour tone", "Trump railed against the judge"
  { lemma: 'complain', prep: ['about'] },
  { lemma: 'worry', forms: ['worried', 'worries', 'worrying'], prep: ['about'] },
  { lemma: 'rail', prep: ['against', 'about'] },
  { lemma: 'agree', forms: ['agreed', 'agrees', 'agreeing'], prep: ['with', 'on'] },
  { lemma: 'disagree', forms: ['disagreed', 'disagrees', 'disagreeing'], prep: ['with', 'on'] },
  { lemma: 'side', prep: ['with', 'against'] },
  { lemma: 'balk', prep: ['at'] },
  { lemma: 'muse', prep: ['about', 'on'] },
  { lemma: 'joke', prep: ['about'] },
  { lemma: 'comment', prep: ['on'] },
  { lemma: 'testify', forms: ['testified', 'testifies', 'testifying'], prep: ['about'] },
  { lemma: 'write', forms: ['wrote', 'written', 'writes', 'writing'], prep: ['about'] },
  { lemma: 'care', prep: ['about'] },
  { lemma: 'think', forms: ['thought', 'thinks', 'thinking'], prep: ['about'] },
  { lemma: 'view', as: true },
  { lemma: 'regard', as: true },
];

/**
 * Prepositions that open an adjunct, not the object of a stance verb ("Cruz proposed under a flat
 * rate"); compromise tags some of them as adjectives.
 */
export const NOT_OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'under',
  'over',
  'in',
  'on',
  'at',
  'with',
  'without',
  'by',
  'from',
  'after',
  'before',
  'during',
  'into',
  'amid',
  'against',
  'through',
  'throughout',
  'since',
  'until',
  'via',
  'despite',
  'upon',
  'within',
  'behind',
]);

/**
 * Verbs of evidence (show, find): a clause without "that" when their subject is a document, poll
 * or study ("Records show ..."), never a person ("she found a way").
 */
export const EVIDENCE_VERBS: readonly { lemma: string; forms: string[] }[] = [
  { lemma: 'show', forms: ['show', 'shows', 'showed', 'shown'] },
  { lemma: 'find', forms: ['find', 'finds', 'found'] },
];

/** Regular inflections of a cue verb: base, third person, past, -ing. */
export const REGULAR_SUFFIXES = (lemma: string): string[] => {
  const base = lemma;
  if (base.endsWith('e')) return [base, base + 's', base + 'd', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing'];
  if (/(ss|sh|ch|x)$/.test(base)) return [base, base + 'es', base + 'ed', base + 'ing'];
  return [base, base + 's', base + 'ed', base + 'ing'];
};

/** The past form of a verb of the table. */
export function pastOf(v: SpeechVerb): string {
  return v.forms ? v.forms[0]! : REGULAR_SUFFIXES(v.lemma)[2]!;
}

/** The past forms of the verbs picked. */
export function pastForms(pick: (v: SpeechVerb) => boolean | undefined): string[] {
  return SPEECH_VERBS.filter((v) => pick(v)).map(pastOf);
}

/** The forms an attribution next to a name uses, of the verbs picked: their past, and "says". */
export function attributionForms(pick: (v: SpeechVerb) => boolean | undefined): string[] {
  return [...pastForms(pick), 'says'];
}

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
