/** A small self-made corpus shared by the summary tests. */
import { analyze } from '../src/index.js';
import type { ArticleRecord } from '../src/types.js';

/** A small corpus: Blinken by full name and by surname, two Smiths, an undated article. */
export const CORPUS: Array<[string, string]> = [
  [
    'a1.txt',
    'date 2024-01-10\nAntony Blinken arrived in Cairo on Tuesday. "We will win," Antony Blinken said. "Peace is possible," he added. Egypt welcomed him.',
  ],
  ['a2.txt', 'date 2024-01-20\n"We are close," Blinken said in Paris. The United Nations agreed.'],
  ['a3.txt', 'date 2024-03-05\n"Taxes are too high," John Smith said in London.'],
  ['a4.txt', 'date 2024-03-09\n"We must act," Jane Smith told Reuters.'],
  ['a5.txt', 'date 2024-03-11\n"Nothing is decided," Smith said.'],
  ['a6.txt', '"Wait and see," Blinken said. "Not yet," the minister said.'],
];

export function corpusRecords(): ArticleRecord[] {
  return CORPUS.map(([source, text]) => analyze(text, { source }));
}
