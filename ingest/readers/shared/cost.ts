import type { CostType } from '../../../ontology/offer.ts';
import { cleanBlock, cleanLine, joinBlocks } from './text.ts';
import { toNumber, type JsonRecord } from './values.ts';

/**
 * The cost of an offer from structured cost options (ORUK cost_options, Outpost cost_options + free) and a
 * fees text. The type follows the structure only: every option priced 0 → free, every option above 0 → paid,
 * a mix → varies; a fees text that starts with "Free" (and names no price) → free. Reading prices out of free
 * text is enrichment's job. The detail keeps every option and the fees text in words.
 */
export function costFrom(options: JsonRecord[], fees: unknown, free?: boolean | null): { type: CostType; detail?: string } {
  const amounts: number[] = [];
  const lines: string[] = [];
  for (const o of options) {
    const amount = toNumber(o.amount);
    if (amount !== undefined && amount >= 0) amounts.push(amount);
    const price = amount === undefined ? undefined : amount === 0 ? 'free' : `£${formatAmount(amount)}`;
    const per = cleanLine(o.amount_description) ?? cleanLine(o.cost_type);
    const line = joinBlocks([cleanLine(o.option), joinBlocks([price, per], ' ')], ': ');
    if (line) lines.push(line);
  }
  const feesText = cleanBlock(fees);
  const detail = joinBlocks([...lines, feesText], '; ');
  let type: CostType = 'unknown';
  if (amounts.length) {
    const priced = amounts.filter((a) => a > 0).length;
    type = priced === 0 ? 'free' : priced === amounts.length ? 'paid' : 'varies';
  } else if (free === true) {
    type = 'free';
  } else if (feesText && /^free\b/i.test(feesText)) {
    type = /£\s?\d/.test(feesText) ? 'varies' : 'free';
  } else if (free === false) {
    type = 'paid';
  }
  if (free === true && type === 'paid') type = 'varies';
  return detail ? { type, detail } : { type };
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
