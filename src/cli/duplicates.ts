/**
 * The same article read twice (the same text, e.g. a copied file or a path
 * given twice): noticed by the hash of its text (pipeline.ts textHash), named
 * once on stderr, and summarised once. One hash per article is kept.
 */
export class Duplicates {
  private readonly seen = new Map<string, string>();
  private readonly flagged = new Set<string>();
  count = 0;

  /**
   * The source of the article this one repeats (undefined when it is new),
   * and the warning to print: only the first time a source repeats.
   */
  check(hash: string, source: string, summary: boolean): { sameAs: string | undefined; warning: string | null } {
    if (!hash) return { sameAs: undefined, warning: null };
    const sameAs = this.seen.get(hash);
    if (sameAs === undefined) {
      this.seen.set(hash, source);
      return { sameAs, warning: null };
    }
    this.count++;
    if (this.flagged.has(source)) return { sameAs, warning: null };
    this.flagged.add(source);
    const what = sameAs === source ? 'read more than once' : `same text as '${sameAs}'`;
    return { sameAs, warning: `extract: warning: '${source}': ${what}${summary ? ' (summarised once)' : ''}\n` };
  }
}
