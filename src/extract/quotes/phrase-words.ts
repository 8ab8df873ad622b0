/**
 * The word sets the speaker-phrase grammar (speaker-phrase.ts) reads: pronouns, the words that may
 * stand between a subject and its cue, the link words inside a speaker phrase, and the words that
 * open clauses or sentences.
 */
export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** Words between a subject and its cue that do not break the link ("he also said", "has repeatedly argued"). */
export const BETWEEN = new Set([
  'also',
  'later',
  'then',
  'again',
  'previously',
  'recently',
  'repeatedly',
  'once',
  'reportedly',
  'has',
  'had',
  'have',
  'would',
  'will',
  'had',
  'did',
  'does',
  'do',
  'often',
  'frequently',
  'further',
  'quickly',
  'simply',
  'flatly',
  'publicly',
  'privately',
  'separately',
  'still',
  'bluntly',
  'just',
  'even',
  'immediately',
  'subsequently',
  'ultimately',
  'finally',
  'already',
  'never',
  'earlier',
  'first',
  'last',
  'clearly',
  'openly',
  'explicitly',
  'specifically',
  'emphatically',
  'has been',
  'is',
  'was',
  'were',
  'are',
  'been',
  'being',
  'might',
  'may',
  'could',
  'should',
  'can',
  'must',
  'not',
  "n't",
]);
/** Lower-case words allowed inside a speaker phrase ("spokesman for the State Department"). */
export const NP_LINKS = new Set(['of', 'for', 'at', 'the', 'a', 'an', 'and', 'in', 'from', 'with', 'on', 'to']);
/** Prepositions that may sit inside a name ("Bank of America", "spokesman for the company"). */
export const NP_LINKS_INNER = new Set(['of', 'for', 'at']);
export const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'am', "'s"]);
/** Verbs whose "to"-infinitive shares their subject ("he used to boast", "Smith plans to call"). */
export const CONTROL =
  /^(?:wants?|wanted|wanting|plann?(?:ed|ing|s)?|intend(?:s|ed|ing)?|hop(?:es?|ed|ing)|tr(?:y|ies|ied|ying)|decid(?:es?|ed|ing)|used|went|goes|going|continu(?:es?|ed|ing)|refus(?:es?|ed|ing)|threaten(?:s|ed|ing)?|seek(?:s|ing)?|sought|promis(?:es?|ed|ing)|vow(?:s|ed|ing)?|pledg(?:es?|ed|ing)|agree(?:s|d|ing)?|appear(?:s|ed|ing)?|seem(?:s|ed|ing)?|expect(?:s|ed|ing)?|need(?:s|ed|ing)?|ha(?:s|d|ve|ving)|beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?|attempt(?:s|ed|ing)?|mov(?:es?|ed|ing)|chose|choos(?:es?|ing)|chosen|fail(?:s|ed|ing)?|manag(?:es?|ed|ing)|offer(?:s|ed|ing)?|prepar(?:es?|ed|ing)|rush(?:es|ed|ing)?|hasten(?:s|ed|ing)?|like[sd]?|lov(?:es?|ed)|dar(?:es?|ed)|took|takes?|stopp?(?:ed|s)?|paus(?:es?|ed))$/;
/** Words opening a clause whose subject a later participle may share. */
export const COORDINATORS = new Set(['and', 'but', 'where', 'yet']);
/** Conjunctions that may open a participial phrase ("while denouncing ...", "after meeting ..."). */
export const SUBORDINATORS = new Set(['while', 'after', 'before', 'when', 'since', 'by', 'in', 'upon', 'on']);
/** A dash setting off a dateline or an appositive: em, en, the horizontal bar ('PHILADELPHIA ― ...'), or a spaced hyphen. */
export const DASH = /[—–―]|\s-+\s/;
export const RELATIVE = new Set(['who', 'which', 'that']);
/** Conjunctions opening a clause whose subject is the phrase after them ("... after The Times reported that"). */
export const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'because',
  'since',
  'when',
  'while',
  'until',
  'although',
  'though',
  'once',
  'whereas',
  'unless',
]);
/**
 * Nouns of saying or thinking: a possessor before one is the source ("Trump's assertion that",
 * "the senator's main takeaway is ..."), so a speaker phrase headed by one is cut to its possessor.
 */
export const SOURCE_NOUNS = new Set([
  'assertion',
  'claim',
  'claims',
  'statement',
  'remark',
  'remarks',
  'comment',
  'comments',
  'argument',
  'view',
  'views',
  'belief',
  'position',
  'takeaway',
  'conclusion',
  'assessment',
  'suggestion',
  'insistence',
  'contention',
  'warning',
  'message',
  'analysis',
  'prediction',
  'opinion',
  'response',
  'answer',
  'point',
]);
/** Words that open a sentence before its subject. */
export const INTRODUCTORY = new Set([
  'but',
  'and',
  'yet',
  'so',
  'still',
  'however',
  'meanwhile',
  'later',
  'earlier',
  'instead',
  'also',
  'then',
  'now',
  'indeed',
  'moreover',
  'back',
  'well',
]);
export const NP_NOT = new Set([
  'that',
  'this',
  'which',
  'who',
  'whom',
  'what',
  'when',
  'where',
  'as',
  'but',
  'or',
  'if',
  'because',
  'so',
  'than',
  'while',
  'although',
  'though',
  'not',
  'no',
  'there',
  'here',
  'all',
  'both',
]);
