/** Pieces shared by the terminal tables (per-article and summary). */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';

/** A section heading: "Quotes (8)". */
export function section(c: ChalkInstance, name: string, detail: string | number): string {
  return `\n${c.bold.cyan(name)} ${c.dim(`(${detail})`)}`;
}

/** A word-wrapped table of fixed column widths. */
export function table(c: ChalkInstance, head: string[], colWidths: number[], compact = false): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours by itself; all colour goes through chalk so --no-color holds.
    style: { head: [], border: [], compact },
  }) as Table.Table;
}
