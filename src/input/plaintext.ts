/**
 * Plain-text articles. A leading metadata block gives the publication date
 * and title: "date 2023-06-15" as in the seed (followed by a newline or just
 * spaces), "Date: April 10, 2020" / "Published: Fri, 10 Apr 2020 17:58:15 +0100"
 * lines (also after a "By ..." line), "Title: ..." lines. The metadata lines
 * stay in the text, so offsets match the file, but are masked from analysis
 * (a By line is not: its name is the author's).
 */
import type { Article } from '../types.js';
import { ambiguousWarning, readDate } from './pubdate.js';

// The seed's form: "date 2023-06-15" then a newline or spaces and the text.
const DATE_FIELD = /^\s*(?:date|published|pubdate)\s*[:=]?[ \t]*(\d{4}-\d{2}-\d{2}(?:T[0-9:.+\-Z]*)?)(?=\s|$)/i;
// "Date: ...", "Published on: ...", "Posted: ..." up to the end of the line.
const DATE_LINE =
  /^\s*(?:date|dated|published|published on|publication date|pubdate|posted|posted on|first published|datum|veröffentlicht(?: am)?|publié le)[ \t]*[:=][ \t]*([^\n]*\S)[ \t]*(?=\n|$)/i;
const TITLE_FIELD = /^\s*title[ \t]*:[ \t]*([^\n]*\S)[ \t]*(?=\n|$)/i;
const BY_LINE = /^\s*(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)[ \t]+\p{Lu}[^\n]{0,100}(?=\n|$)/u;

export function articleFromText(text: string, source: string): Article {
  const article: Article = { source, id: null, title: null, date: null, text, masked: [], warnings: [] };
  let at = 0;
  let maskFrom = 0;
  const mask = (end: number) => {
    if (end > maskFrom) article.masked.push([maskFrom, end]);
    maskFrom = end;
  };
  for (let lines = 0; lines < 8; lines++) {
    const rest = text.slice(at, at + 400);
    const d = article.date ? null : (DATE_FIELD.exec(rest) ?? DATE_LINE.exec(rest));
    if (d) {
      const parsed = readDate(d[1]!);
      if (!parsed) break;
      if ('ambiguous' in parsed) article.warnings.push(ambiguousWarning(parsed.ambiguous));
      else article.date = parsed.day;
      article.dateSource = 'header';
      at += d[0].length;
      mask(at);
      continue;
    }
    const t = TITLE_FIELD.exec(rest);
    if (t && !article.title) {
      article.title = t[1]!;
      at += t[0].length;
      mask(at);
      continue;
    }
    const by = article.date ? null : BY_LINE.exec(rest);
    if (by) {
      at += by[0].length;
      maskFrom = at; // the By line itself is analysed
      continue;
    }
    break;
  }
  if (!article.date) article.dateSource = null;
  return article;
}
