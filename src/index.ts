/**
 * Library entry: everything the CLI does is available here for tests and
 * other programs. One direction of flow:
 *   Article → one parse → extractors → resolvers → ArticleRecord
 */
import { parse, type Parsed } from './nlp/parse.js';
import { codePointMap, lineEndView, recordInOriginal, snapRange, type OffsetMap } from './offsets.js';
import { errorLine, runStages } from './stages.js';
import { articleFromText } from './input/plaintext.js';
import { NO_DATE_WARNING } from './input/pubdate.js';
import { analyzeSegmented, SEGMENT_THRESHOLD } from './segment.js';
import type { Range } from './extract/findings.js';
import {
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type Article,
  type ArticleRecord,
  type Entity,
  type Span,
} from './types.js';

export * from './types.js';
export { readInputs, type ReadEvent } from './input/read.js';
import { withLineEnds } from './input/read.js';
export { discover, type InputItem } from './input/discover.js';

/** Analyse an article's text. A leading "date YYYY-MM-DD" line is read as its publication date. */
export function analyze(text: string, options: AnalyzeOptions = {}): ArticleRecord {
  const article = withLineEnds(text, (t) => articleFromText(t, options.source ?? '-'));
  if (options.id !== undefined) article.id = options.id;
  if (options.title !== undefined) article.title = options.title;
  return analyzeArticle(article, options);
}

/** Analyse an article as read by one of the input readers. Never throws. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): ArticleRecord {
  // CR LF and CR line ends: analysed as LF, offsets moved back to the text as given (offsets.ts).
  const view = lineEndView(article.text);
  if (view) {
    const masked = article.masked.map(([a, b]) => [view.toView(a), view.toView(b)] as [number, number]);
    const rec = recordInOriginal(
      analyzeArticle({ ...article, text: view.text, masked }, { ...options, includeText: false }),
      article.text,
      view,
    );
    if (options.includeText) rec.text = article.text;
    return rec;
  }
  const warnings = [...article.warnings];
  const date = options.date ?? article.date ?? null;
  const dateSource = options.date ? 'option' : article.date ? (article.dateSource ?? 'text') : null;
  // Never silent: without a reference day every relative date stays unresolved.
  if (!date) warnings.push(NO_DATE_WARNING);
  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? article.source,
    id: article.id,
    title: article.title,
    date,
    dateSource,
    quotes: [],
    entities: [],
    dates: [],
    warnings,
  };
  if (options.includeText) record.text = article.text;
  // Very long texts: analysed in segments so time stays linear (see segment.ts).
  if (article.text.length > SEGMENT_THRESHOLD)
    return analyzeSegmented(article, (seg) => analyzeArticle(seg, { ...options, includeText: false }), record);

  let parsed: Parsed;
  try {
    parsed = parse(article);
  } catch (err) {
    warnings.push(`analysis failed: ${errorLine(err)}`);
    return record;
  }
  const { entities, quotes, resolution, who, dates } = runStages(parsed, date, warnings, {
    genderFromNames: !!options.genderFromNames,
  });
  const speakers = resolution.speakers;

  const toCp = codePointMap(article.text);
  const span = (r: Range): Span => spanOf(article.text, toCp, r);
  record.quotes = quotes.map((q, i) => {
    const sp = speakers[i] ?? null;
    return {
      ...span(q),
      type: q.type,
      speaker: sp && {
        name: sp.name,
        entity: sp.entity,
        mention: span(sp.mention),
        how: sp.how,
        affiliation: (who.speakerAffiliations[i] ?? []).map((a) => ({ ...a, evidence: span(a.evidence) })),
      },
      cue: q.cue && span(q.cue),
      rule: q.rule,
      about: (who.about[i] ?? []).map((a) => ({ entity: a.entity, mention: span(a.mention), rule: a.rule })),
    };
  });
  record.entities = entities.map((e): Entity => {
    const out: Entity = {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      titles: resolution.titles.get(e.id) ?? e.titles,
      mentions: e.mentions.map((m) => ({ ...span(m), rule: m.rule })),
    };
    if (e.type === 'person') {
      const g = who.gender.get(e.id);
      out.affiliations = (who.affiliations.get(e.id) ?? []).map((a) => ({ ...a, evidence: span(a.evidence) }));
      out.gender = g?.gender ?? null;
      out.genderEvidence = (g?.evidence ?? []).map((x) => ({
        ...span(x),
        kind: x.kind,
        gender: x.gender,
        rule: x.rule,
        ...(x.share !== undefined ? { share: x.share } : {}),
      }));
    }
    return out;
  });
  record.dates = dates.map((d) => ({
    ...span(d),
    type: d.type,
    value: d.value,
    from: d.from,
    to: d.to,
    rule: d.rule,
  }));
  return record;
}

function spanOf(text: string, toCp: OffsetMap, r: Range): Span {
  const [a, b] = snapRange(text, r.start, r.end);
  return { text: text.slice(a, b), start: toCp(a), end: toCp(b) };
}
