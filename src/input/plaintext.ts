/**
 * Plain-text articles. A leading metadata block gives the publication date
 * and title: "date 2023-06-15" as in the seed (followed by a newline or just
 * spaces), "Date: 2023-06-15", "Title: ..." lines. The block stays in the text,
 * so offsets match the file, but it is masked from analysis.
 */
import type { Article } from '../types.js';
import { normalizeDate } from './pubdate.js';

const DATE_FIELD = /^\s*(?:date|published|pubdate)\s*[:=]?[ \t]*(\d{4}-\d{2}-\d{2}(?:T[0-9:.+\-Z]*)?)(?=\s|$)/i;
const TITLE_FIELD = /^\s*title[ \t]*:[ \t]*([^\n]*\S)[ \t]*(?=\n|$)/i;

export function articleFromText(text: string, source: string): Article {
  const article: Article = { source, id: null, title: null, date: null, text, masked: [], warnings: [] };
  let at = 0;
  for (;;) {
    const rest = text.slice(at, at + 400);
    const d = DATE_FIELD.exec(rest);
    if (d && !article.date) {
      const day = normalizeDate(d[1]!);
      if (!day) break;
      article.date = day;
      at += d[0].length;
      continue;
    }
    const t = TITLE_FIELD.exec(rest);
    if (t && !article.title) {
      article.title = t[1]!;
      at += t[0].length;
      continue;
    }
    break;
  }
  if (at > 0) article.masked.push([0, at]);
  return article;
}
