/**
 * The one compromise instance the project uses, with the dates plugin and our
 * lexicon extensions loaded once. Every extractor shares the parse made here.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { lexicon } from './lexicon.js';

nlp.plugin(datesPlugin as unknown as Parameters<typeof nlp.plugin>[0]);
nlp.plugin(lexicon);

// Any compromise view (a match result is a View, the whole parse a Three).
export type Doc = ReturnType<ReturnType<typeof nlp>["match"]>;
export { nlp };
