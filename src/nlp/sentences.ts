/**
 * A compromise plugin for two sentence boundaries its splitter gets wrong in news.
 * - "the No. 2 official", "ranked No. 1" end a sentence at "No." ("no" is not an abbreviation to
 *   compromise, because "The answer is no." must still end one). A chunk ending in a capitalised
 *   "No." after other words runs on; "No." alone, the answer, is still a sentence.
 * - A sentence that ends inside a closing quote mark ('... a "shock jock." Judge Mosman saw ...')
 *   does not end for compromise, which splits only where whitespace follows the full stop; the
 *   next sentence then reads as part of it. A stop before a closing double quote, followed by a
 *   capitalised word or an opening quote, ends it (a lowercase word — 'he said "no sir." and
 *   left' — still runs on).
 */
import type nlpType from 'compromise';

type IsSentence = (str: string, abbrevs: unknown) => boolean;
type SplitSentences = (text: string, world: unknown) => string[];
interface World {
  methods: { one: { tokenize: { isSentence: IsSentence; splitSentences: SplitSentences } } };
}

const NUMBER_SIGN = /\S\s+No\.\s*$/;

export function sentenceBounds(nlp: typeof nlpType): void {
  const tokenize = (nlp.world() as unknown as World).methods.one.tokenize;
  const stock = tokenize.isSentence;
  tokenize.isSentence = (str, abbrevs) => !NUMBER_SIGN.test(str) && stock(str, abbrevs);
  const split = tokenize.splitSentences;
  tokenize.splitSentences = (text, world) => split(text, world).flatMap(splitAfterQuotedStop);
}

// a full stop inside a closing double quote (not ? or !: '“Why?” Sanders asked' goes on with its attribution), then a new sentence's start
const QUOTED_STOP = /[.](?:”|"|'')(\s+)(?=[“"‘']*\p{Lu})/gu;
const OPEN_OR_STRAIGHT = /[“"]|''/g;

/** A sentence cut after each quoted stop that closes a quote opened in it; whitespace stays on the left part. */
function splitAfterQuotedStop(sentence: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(QUOTED_STOP)) {
    const cut = m.index + m[0].length;
    if (!closesOpenQuote(sentence.slice(from, m.index + m[0].length - m[1]!.length))) continue;
    out.push(sentence.slice(from, cut));
    from = cut;
  }
  out.push(sentence.slice(from));
  return out.filter((x) => x.length > 0);
}

/** The chunk's last mark closes a quote the chunk opened: a curly “ before it, or an even count of straight marks. */
function closesOpenQuote(chunk: string): boolean {
  if (chunk.endsWith('”')) return chunk.includes('“');
  const marks = chunk.match(OPEN_OR_STRAIGHT) ?? [];
  const straight = chunk.endsWith("''") ? "''" : '"';
  return marks.filter((x) => x === straight).length % 2 === 0;
}
