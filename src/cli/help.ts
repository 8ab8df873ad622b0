/**
 * What `extract --help` and `--version` say. Examples come first: most people
 * read the first screen and copy a line from it.
 */
import { readFileSync } from 'node:fs';

/** The package's version, read from package.json beside dist/ (the snapshot's import.meta.url points there too). */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const EXAMPLES = `Examples:
  extract corpus/                             tables, article by article
  extract --format jsonl corpus/ | jq -c '.quotes[] | [.speaker.name, .text]'
  extract --format csv corpus/ > quotes.csv   a row per quote, for a spreadsheet
  extract --summary corpus/                   who is quoted most, who is named
  extract --format html corpus/ > report.html a report page that opens offline
  extract --format jsonl corpus.jsonl         JSON Lines in, a record a line out
`;

export const AFTER = `
Inputs: .txt (a leading "date YYYY-MM-DD" or Date:/Title: lines), .md (front matter),
  .html/.htm/.xhtml (the main text, title and date from the page), .jsonl/.ndjson (one article
  per line), .json (an article or an array of them), .csv/.tsv (one per row), .rss/.atom/.xml
  feeds (one per item), .warc (one per page record), any of them gzipped (.gz); fields by
  name or --text-field/--date-field/--title-field/--id-field; - reads standard input.
  Folders are read recursively.

Exit status: 0 done; 1 some input could not be read or analysed, or nothing was found (no
  articles in a folder, no quotes or articles matching --speaker/--entity); 2 bad usage; 74 the
  output could not be written; 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (the records in hand
  are finished and the output stays whole).
`;
