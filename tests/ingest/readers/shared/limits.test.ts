import { describe, expect, it } from 'vitest';
import { Offer, type OfferInput } from '../../../../ontology/offer.ts';
import { DETAIL_LIMITS, LIST_LIMITS, NESTED_LIMITS, PROSE_LIMITS, fitToLimits } from '../../../../ingest/readers/shared/limits.ts';

const base: OfferInput = { source: 's', sourceId: 'id-1', authorityId: 'la', kind: 'service', name: 'A service' };
const valid = (extra: Record<string, unknown>): boolean => Offer.safeParse({ ...base, ...extra }).success;

describe('the readers\' copy of the Offer schema limits', () => {
  it('matches the schema for every top-level text field (the limit passes, one more fails)', () => {
    for (const [field, max] of Object.entries({ ...PROSE_LIMITS, ...DETAIL_LIMITS })) {
      expect(valid({ [field]: 'x'.repeat(max) }), field).toBe(true);
      expect(valid({ [field]: 'x'.repeat(max + 1) }), field).toBe(false);
    }
  });

  it('matches the schema for list entries and nested fields', () => {
    for (const [field, max] of Object.entries(LIST_LIMITS)) {
      expect(valid({ [field]: ['x'.repeat(max)] }), field).toBe(true);
      expect(valid({ [field]: ['x'.repeat(max + 1)] }), field).toBe(false);
    }
    const n = NESTED_LIMITS;
    expect(valid({ organisation: { name: 'x'.repeat(n.organisation.name + 1) } })).toBe(false);
    expect(valid({ organisation: { name: 'x', description: 'x'.repeat(n.organisation.description) } })).toBe(true);
    expect(valid({ cost: { type: 'free', detail: 'x'.repeat(n.cost.detail + 1) } })).toBe(false);
    expect(valid({ locations: [{ postcode: 'x'.repeat(n.location.postcode + 1) }] })).toBe(false);
    expect(valid({ locations: [{ address: 'x'.repeat(n.location.address) }] })).toBe(true);
    expect(valid({ contacts: [{ phone: 'x'.repeat(n.contact.phone + 1) }] })).toBe(false);
    expect(valid({ answers: [{ question: 'q', text: 'x'.repeat(n.answer.text + 1) }] })).toBe(false);
    expect(valid({ answers: [{ question: 'x'.repeat(n.answer.question), text: 't' }] })).toBe(true);
  });

  it('cuts prose and drops impossible contact details, warning about each', () => {
    const warnings: string[] = [];
    const fitted = fitToLimits({
      ...base, description: 'word '.repeat(20_000), phone: '0'.repeat(60),
      locations: [{ postcode: 'BK1 4RT and more text', accessibility: ['a'.repeat(400)] }],
    }, (m) => warnings.push(m));
    expect(fitted.description?.length).toBeLessThanOrEqual(50_000);
    expect(fitted.phone).toBeUndefined();
    expect(fitted.locations?.[0]?.postcode).toBeUndefined();
    expect(fitted.locations?.[0]?.accessibility?.[0]?.length).toBe(300);
    expect(warnings).toHaveLength(4);
    expect(Offer.safeParse(fitted).success).toBe(true);
  });
});
