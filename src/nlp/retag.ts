/**
 * A compromise plugin that corrects three verb readings its tagger loses in news prose, run right
 * after its post-tagger:
 *
 *   "His firm worked closely with ...": "firm" may be an adjective, and compromise's pattern
 *   "#Possessive #Adjective [#Verb]" ("our full support") then makes the verb a noun.
 *   "The plan works.": a noun/verb word ("works", "votes", "plans") closing the clause after
 *   "the/his + singular noun" is left a plural noun.
 *   "..., records show.": the verb of a two-word clause after a comma is read as a compound noun.
 *
 * Why: a reported clause needs its verb ("Smith said the plan works." had no record), and
 * the entity and date stages read the same tags. Each fix needs the word's own verb reading
 * (its lexicon entry or compromise's noun/verb switch), so unknown words are never verbs here.
 */
import type nlpType from 'compromise';

interface Term {
  text: string;
  normal: string;
  post: string;
  tags: Set<string>;
  index: [number, number];
}
interface View {
  docs: Term[][];
  update(ptrs: number[][]): { tag(tag: string, reason?: string): unknown };
}
interface World {
  model: { one: { lexicon: Record<string, unknown> }; two: { switches: Record<string, string> } };
}

/** Punctuation after a word that ends its clause. */
const CLAUSE_END = /[,.;:!?)—–]/;

/** The next word opens no noun phrase the word could modify: an adverb, preposition, article, conjunction or the clause's end. */
function closesPhrase(term: Term, next: Term | undefined): boolean {
  if (!next || CLAUSE_END.test(term.post)) return true;
  const t = next.tags;
  return t.has('Adverb') || t.has('Preposition') || t.has('Determiner') || t.has('Conjunction');
}

/** Verbs whose complement is a clause with its own subject ("said the plan works"), not an object. */
const CLAUSE_VERBS =
  /^(?:say|says|said|saying|argue[sd]?|arguing|claim(?:s|ed|ing)?|believe[sd]?|believing|think|thinks|thought|insist(?:s|ed|ing)?)$/;

const isOpener = (t: Term | undefined) => !!t && (t.tags.has('Determiner') || t.tags.has('Possessive'));

function retag(world: World, view: View): void {
  const lexicon = world.model.one.lexicon;
  const switches = world.model.two.switches;
  const fixes: Array<[Term, string]> = [];
  for (const terms of view.docs) {
    terms.forEach((term, i) => {
      const prev = terms[i - 1];
      // "..., records show.": a noun/verb word after a plural noun that opens the clause, closing it, is its verb
      const opensClause = i === 1 || (i >= 2 && /,/.test(terms[i - 2]!.post));
      if (
        prev &&
        opensClause &&
        prev.tags.has('Plural') &&
        !prev.tags.has('ProperNoun') &&
        term.tags.has('Singular') &&
        switches[term.normal] === 'Noun|Verb' &&
        (i === terms.length - 1 || CLAUSE_END.test(term.post))
      ) {
        fixes.push([term, 'PresentTense']);
        return;
      }
      if (!prev || !isOpener(terms[i - 2]) || /^\p{Lu}/u.test(term.text) || term.tags.has('ProperNoun')) return;
      if (!closesPhrase(term, terms[i + 1]) || /[,;:]/.test(prev.post)) return;
      // "his firm worked": a past tense after "his + adjective", where no noun follows, is the verb of that noun
      if (term.tags.has('Noun') && lexicon[term.normal] === 'PastTense' && prev.tags.has('Adjective')) {
        fixes.push([prev, 'Singular'], [term, 'PastTense']);
        return;
      }
      // "the plan works.": the clause's verb after its singular subject, where the clause ends
      // ("China's core concerns such as ..." is a noun compound)
      const ends = !terms[i + 1] || CLAUSE_END.test(term.post) || terms[i + 1]!.tags.has('Adverb');
      // only in a subject's place: the clause's start, after a conjunction or "said" ("He cited the price plans." is an object)
      const before = terms[i - 3];
      const subject = !before || before.tags.has('Conjunction') || CLAUSE_VERBS.test(before.normal);
      if (
        ends &&
        subject &&
        (terms[i - 2]!.tags.has('Determiner') || terms[i - 2]!.tags.has('Pronoun')) &&
        term.tags.has('Plural') &&
        switches[term.normal] === 'Plural|Verb' &&
        prev.tags.has('Singular') &&
        !prev.tags.has('Pronoun') &&
        !prev.tags.has('Possessive')
      )
        fixes.push([term, 'PresentTense']);
    });
  }
  for (const [term, tag] of fixes)
    view.update([[term.index[0], term.index[1], term.index[1] + 1]]).tag(tag, 'news-retag');
}

export function newsRetag(nlp: typeof nlpType): void {
  const world = nlp.world() as unknown as World;
  nlp.plugin({ compute: { newsRetag: (view: View) => retag(world, view) }, hooks: ['newsRetag'] } as never);
}
