/**
 * One-line notes on stderr about the run as a whole: an option that does
 * nothing in this combination, a filter or a folder that gave nothing (exit 1,
 * as grep does), an interrupted run, what folders held that was not read.
 * The wording is tested; keep it plain.
 */
import { DEFAULT_EXTENSIONS, type SkippedCounts } from '../input/discover.js';

export interface Given {
  /** The output format after --json. */
  format: string;
  summary: boolean;
  /** Options given on the command line (by their long name without dashes), with their values. */
  only?: string;
  top?: boolean;
  explain?: boolean;
  includeText?: boolean;
  noColor?: boolean;
  /** --format given beside --json. */
  formatWithJson?: string;
  /** --ext given, and whether any path is a folder (--ext only chooses the files read in folders). */
  ext?: boolean;
  folders?: boolean;
}

/** Each option that has no effect with the others, named once. */
export function ignoredOptions(g: Given): string[] {
  const out: string[] = [];
  const table = !g.summary && g.format === 'table';
  const why = g.summary ? (g.format === 'html' ? 'with --format html' : 'with --summary') : `with --format ${g.format}`;
  if (g.formatWithJson && g.formatWithJson !== 'json') out.push(`--format ${g.formatWithJson} is ignored with --json`);
  if (g.only && g.summary) out.push(`--only is ignored ${why}`);
  if (g.top && !g.summary) out.push('--top is ignored without --summary');
  if (g.explain && !table) out.push(`--explain is ignored ${why} (JSON records always carry each rule and offset)`);
  if (g.includeText && (g.summary || g.format === 'csv' || g.format === 'tsv' || g.format === 'table'))
    out.push(`--include-text is ignored ${why}`);
  if (g.noColor && !(g.format === 'table')) out.push(`--no-color is ignored ${why}`);
  if (g.ext && g.folders === false)
    out.push('--ext is ignored: no folder given (files named on the command line are read whatever their extension)');
  return out.map((s) => `extract: ${s}\n`);
}

export interface Outcome {
  /** Articles analysed (shown or left out by a filter). */
  analysed: number;
  /** Articles printed or summarised. */
  shown: number;
  speaker: string | null;
  entity: string | null;
  /** Folders on the command line in which no file with one of the extensions was found. */
  emptyFolders: string[];
  extensions: string[];
  summary: boolean;
}

/** Why the output is empty, or null when it is not: "no quotes by "Nobody" in 38 articles". */
export function emptyResult(o: Outcome): string[] {
  const out = o.emptyFolders.map((d) => `no articles found in ${d} (looked for ${o.extensions.join(', ')})`);
  if (o.shown === 0 && o.analysed > 0 && (o.speaker || o.entity)) {
    const n = plural(o.analysed, 'article');
    if (o.speaker && o.entity)
      out.push(`no quotes by "${o.speaker}" in the articles that mention "${o.entity}" (${n} read)`);
    else if (o.speaker) out.push(`no quotes by "${o.speaker}" in ${n}`);
    else out.push(`no article mentions "${o.entity}" (${n} read)`);
  }
  if (o.summary && o.shown === 0 && out.length === 0) out.push('nothing to summarise: no article was read');
  return out.map((s) => `extract: ${s}\n`);
}

/** The line after Ctrl-C: how much of the output was written. */
export function interrupted(
  written: number,
  filesDone: number,
  filesTotal: number | null,
  articlesAreFiles: boolean,
): string {
  if (articlesAreFiles && filesTotal !== null)
    return `extract: interrupted: ${written} of ${plural(filesTotal, 'article')} written\n`;
  const of = filesTotal !== null ? ` from ${filesDone} of ${plural(filesTotal, 'file')}` : '';
  return `extract: interrupted: ${plural(written, 'article')} written${of}\n`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What folders held that was not read, for the end of the run: files of other extensions by
 * extension, and .json files that hold no article.
 */
export function skippedNotes(skipped: SkippedCounts, noArticleJson: number): string[] {
  const out: string[] = [];
  if (skipped.size > 0) {
    const counts = [...skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = counts.reduce((n, [, c]) => n + c, 0);
    const list = counts.map(([e, c]) => `${c} ${e || '(no extension)'}`).join(', ');
    out.push(
      `extract: skipped ${plural(total, 'file')} in folders by extension (${list}); to include them, add their extensions to --ext (default ${DEFAULT_EXTENSIONS.join(',')})\n`,
    );
  }
  if (noArticleJson > 0) {
    out.push(
      `extract: skipped ${noArticleJson} .json file${noArticleJson === 1 ? '' : 's'} in folders that hold no article (no text field); name the field with --text-field, or leave .json out of --ext\n`,
    );
  }
  return out;
}
