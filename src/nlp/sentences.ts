/**
 * A compromise plugin for one sentence boundary its splitter gets wrong in news: "the No. 2
 * official", "ranked No. 1" end a sentence at "No." ("no" is not an abbreviation to compromise,
 * because "The answer is no." must still end one). A chunk ending in a capitalised "No." after
 * other words runs on; "No." alone, the answer, is still a sentence.
 */
import type nlpType from 'compromise';

type IsSentence = (str: string, abbrevs: unknown) => boolean;
interface World {
  methods: { one: { tokenize: { isSentence: IsSentence } } };
}

const NUMBER_SIGN = /\S\s+No\.\s*$/;

export function sentenceBounds(nlp: typeof nlpType): void {
  const tokenize = (nlp.world() as unknown as World).methods.one.tokenize;
  const stock = tokenize.isSentence;
  tokenize.isSentence = (str, abbrevs) => !NUMBER_SIGN.test(str) && stock(str, abbrevs);
}
