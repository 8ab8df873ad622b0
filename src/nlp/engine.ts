/**
 * The one compromise instance the project uses, with our lexicon extensions
 * loaded once. Every extractor shares the parse made here.
 *
 * compromise is loaded from its prebuilt bundle (the package's own `require`
 * export, same version as its ESM sources): one file instead of a few hundred
 * modules, which halves the start-up time.
 *
 * compromise-dates is not loaded: the date rules (../extract/dates) read
 * compromise's own tags and resolve values themselves, because the plugin read
 * bare weekdays and months forward, threw on some texts ("a third quarter"),
 * and its tagging pass cost about a third of every parse.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { lexicon } from './lexicon.js';
import { fastSweep } from './sweep.js';
import { newsRetag } from './retag.js';
import { sentenceBounds } from './sentences.js';

// A startup snapshot (scripts/build-snapshot.mjs) puts an already-loaded compromise here.
const preloaded = (globalThis as { __extractCompromise?: typeof nlpType }).__extractCompromise;
const nlp = preloaded ?? (createRequire(import.meta.url)('compromise') as typeof nlpType);
nlp.plugin(lexicon);
// The same post-tagging, with the candidate patterns found through an index (see sweep.ts).
nlp.plugin(fastSweep);
// Verb readings compromise's post-tagger loses in news prose (see retag.ts).
newsRetag(nlp);
// "the No. 2 official" is one sentence (see sentences.ts).
sentenceBounds(nlp);
// compromise groups terms into noun/verb chunks after tagging, for its
// .nouns()/.verbs() views; we read the tags alone, so the pass (about a tenth
// of every parse) is skipped. The tags are the same either way.
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((h) => h !== 'chunks');

// Any compromise view (a match result is a View, the whole parse a Three).
export type Doc = ReturnType<ReturnType<typeof nlp>['match']>;
export { nlp };
