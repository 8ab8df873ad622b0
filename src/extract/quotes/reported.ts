/** Reported speech (indirect): filled in below. */
import type { QuoteFinding } from '../findings.js';
import type { QuoteContext } from './context.js';

export function extractReported(_ctx: QuoteContext, _quoted: QuoteFinding[]): QuoteFinding[] {
  return [];
}
