/**
 * The one compromise instance the project uses, with the dates plugin and our
 * lexicon extensions loaded once. Every extractor shares the parse made here.
 *
 * compromise and compromise-dates are loaded from their prebuilt bundles (the
 * packages' own `require` exports, same version as their ESM sources): one file
 * each instead of a few hundred modules, which halves the start-up time.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { lexicon } from './lexicon.js';

const require = createRequire(import.meta.url);
const nlp = require('compromise') as typeof nlpType;
const datesPlugin = require('compromise-dates') as unknown;

nlp.plugin(datesPlugin as Parameters<typeof nlp.plugin>[0]);
nlp.plugin(lexicon);

// Any compromise view (a match result is a View, the whole parse a Three).
export type Doc = ReturnType<ReturnType<typeof nlp>["match"]>;
export { nlp };
