import { describe, expect, it } from 'vitest';
import { Offer, type OfferInput } from '../../../ontology/offer.ts';
import { enrichOffer, findCost, findLegislation, matchQuestions, resolveAreas } from '../../../ingest/enrich/index.ts';

const AREAS = [{ id: 'ashcombe', name: 'Ashcombe' }, { id: 'kirkby-lees', name: 'Kirkby Lees' }, { id: 'wyvern-bay', name: 'Wyvern Bay' }];
const offer = (fields: Partial<OfferInput>) => Offer.parse({ source: 'test/enrich', sourceId: '1', authorityId: 'test', kind: 'service', name: 'A service', ...fields });
const enrich = (fields: Partial<OfferInput>) => enrichOffer(offer(fields), { areas: AREAS, authorityName: 'Brackenshire County Council' }).loadable;
const linksOf = (fields: Partial<OfferInput>, type: string) => enrich(fields).links.filter((l) => l.type === type);

describe('enrichment from structured fields (explicit links)', () => {
  it('links the needs field explicitly, with the field as evidence', () => {
    expect(linksOf({ needs: ['autism', 'ADHD'] }, 'FOR_NEED')).toEqual(expect.arrayContaining([
      { type: 'FOR_NEED', conceptId: 'need:autism', explicit: true, evidence: 'needs: autism' },
      { type: 'FOR_NEED', conceptId: 'need:adhd', explicit: true, evidence: 'needs: ADHD' },
    ]));
  });

  it('reports needs the ontology does not know', () => {
    expect(enrichOffer(offer({ needs: ['zxqv condition'] }), { areas: [] }).unmatchedNeeds).toEqual(['zxqv condition']);
  });

  it('links minAge/maxAge to every overlapping age band, explicitly, and keeps them over ages in the text', () => {
    const result = enrich({ minAge: 4, maxAge: 18, description: 'For children aged 5 to 11.' });
    expect(result.offer.minAge).toBe(4);
    expect(result.offer.maxAge).toBe(18);
    const ages = result.links.filter((l) => l.type === 'FOR_AGE');
    expect(ages.map((l) => l.conceptId).sort()).toEqual(['age:11-16', 'age:16-19', 'age:2-5', 'age:5-11']);
    expect(ages.every((l) => l.explicit)).toBe(true);
  });

  it('fills minAge/maxAge from the text when the fields are empty', () => {
    const result = enrich({ eligibility: 'Young people aged 14 to 25 with an EHC plan.' });
    expect([result.offer.minAge, result.offer.maxAge]).toEqual([14, 25]);
    expect(result.links.filter((l) => l.type === 'FOR_AGE').every((l) => !l.explicit && l.evidence.includes('aged 14 to 25'))).toBe(true);
  });

  it('reads each part of an access route field', () => {
    const routes = linksOf({ accessRoute: 'open access; EHC plan (Hearing Support Base)' }, 'ACCESS_ROUTE');
    expect(routes.map((l) => [l.conceptId, l.explicit]).sort()).toEqual([['route:ehc-plan', true], ['route:open-access', true]]);
    expect(linksOf({ accessRoute: 'GP referral' }, 'ACCESS_ROUTE').map((l) => l.conceptId)).toEqual(['route:specialist']);
    expect(linksOf({ accessRoute: 'Referral needed' }, 'ACCESS_ROUTE').map((l) => l.conceptId)).toEqual(['route:specialist']);
    expect(linksOf({ accessRoute: 'targeted' }, 'ACCESS_ROUTE').map((l) => l.conceptId)).toEqual(['route:targeted']);
  });

  it('links commissioners, setting types and legislation named in fields', () => {
    const result = enrich({
      kind: 'setting', settingType: 'special school',
      commissioners: ['NHS Brackenshire and Wyvern Integrated Care Board', "Brackenshire County Council children's social care"],
      legislation: ['Children Act 1989 s.17', 'Children and Families Act 2014'],
    });
    const ids = (type: string) => result.links.filter((l) => l.type === type && l.explicit).map((l) => l.conceptId);
    expect(ids('COMMISSIONED_BY')).toEqual(expect.arrayContaining(['commissioner:icb', 'commissioner:la-childrens-social-care']));
    expect(ids('SETTING_TYPE')).toContain('setting:special-school');
    expect(ids('UNDER_LAW')).toEqual(expect.arrayContaining(['law:children-act-1989-s17', 'law:cfa-2014']));
  });

  it('links the source\'s own category terms (needs, kinds of provision, access routes)', () => {
    const result = enrich({ categories: ['Short breaks', 'Autism', 'Open access or self-referral'] });
    const ids = result.links.filter((l) => l.explicit).map((l) => l.conceptId);
    expect(ids).toEqual(expect.arrayContaining(['category:short-breaks', 'need:autism', 'route:open-access']));
  });
});

describe('enrichment of other things in text', () => {
  it('reads the cost', () => {
    expect(findCost('£5 a session; free for families on Universal Credit')?.type).toBe('subsidised');
    expect(findCost('There is no charge for this service.')?.type).toBe('free');
    expect(findCost('Free')?.type).toBe('free');
    expect(findCost('Sessions cost £12 per hour.')?.type).toBe('paid');
    expect(findCost('Costs vary depending on the activity.')?.type).toBe('varies');
    expect(findCost('Step-free access and a changing places toilet.')).toBeUndefined();
    expect(enrich({ description: 'The service is free to families.' }).offer.cost.type).toBe('free');
    expect(enrich({ cost: { type: 'paid' }, description: 'It is free.' }).offer.cost.type).toBe('paid');
  });

  it('finds legislation: Acts by name and sections as people write them', () => {
    const ids = (text: string) => findLegislation(text).map((m) => m.conceptId);
    expect(ids('Support under section 17 of the Children Act 1989')).toContain('law:children-act-1989-s17');
    expect(ids('Free travel under s.508B of the Education Act 1996')).toContain('law:education-act-1996-s508b');
    expect(ids('as the Children and Families Act 2014 requires')).toContain('law:cfa-2014');
    expect(ids('a transition assessment under the Care Act')).toContain('law:care-act-2014');
    expect(ids('Call 01632 960123 or visit s 4')).toEqual([]);
  });

  it('keeps a commissioner named in text only in a sentence about funding', () => {
    expect(linksOf({ description: 'This service is funded by the Integrated Care Board.' }, 'COMMISSIONED_BY').map((l) => l.conceptId)).toContain('commissioner:icb');
    expect(linksOf({ description: 'We work closely with the Integrated Care Board.' }, 'COMMISSIONED_BY')).toEqual([]);
  });

  it('maps area names to the authority\'s area ids; "all" and county-wide mean every area', () => {
    expect(resolveAreas(['Ashcombe; Kirkby Lees'], AREAS)).toEqual({ ids: ['ashcombe', 'kirkby-lees'], unknown: [] });
    expect(resolveAreas(['kirkby-lees'], AREAS).ids).toEqual(['kirkby-lees']);
    for (const all of ['all', 'All', 'county-wide', 'Countywide', 'All of Brackenshire (Ashcombe, Kirkby Lees)', 'all (Communication Base)', 'Brackenshire']) {
      expect(resolveAreas([all], AREAS, 'Brackenshire County Council').ids).toEqual(['ashcombe', 'kirkby-lees', 'wyvern-bay']);
    }
    expect(resolveAreas(['Lancaster'], AREAS)).toEqual({ ids: [], unknown: ['Lancaster'] });
    expect(enrich({ locations: [{ name: 'Harbour Hall', address: '1 Quay Street, Wyvern Bay', accessibility: [] }] }).areaIds).toEqual(['wyvern-bay']);
  });

  it('links answers to framework questions by their headings, fuzzily', () => {
    const answers = matchQuestions([
      { question: 'How does the school know if children need extra help?', text: 'a' },
      { question: 'How will school staff suport my child?', text: 'b' },
      { question: 'Who can I contact for further information?', text: 'c' },
      { question: 'How do I start using the service?', text: 'd' },
      { question: 'Keeping children safe', text: 'e' },
      { question: 'What is the weather like?', text: 'f' },
    ]);
    expect(answers.map((a) => a.questionId)).toEqual([
      'question:se7-parent-01', 'question:se7-parent-02', 'question:se7-parent-14', 'question:se7-service-04', 'question:manchester-03', undefined,
    ]);
  });

  it('keeps a question id the reader already set', () => {
    expect(matchQuestions([{ question: 'Anything', questionId: 'question:outpost-01', text: 'x' }])[0]?.questionId).toBe('question:outpost-01');
  });

  it('gives the full-text index the labels and synonyms of linked concepts ("respite" for short breaks)', () => {
    const result = enrich({ description: 'Short breaks for disabled children.' });
    expect(result.searchText.toLowerCase()).toContain('respite');
  });

  it('tells support organisations from statutory bodies and schools', () => {
    expect(enrich({ organisation: { name: 'Brackenshire SENDIASS' } }).supportOrganisation).toBe(true);
    expect(enrich({ organisation: { name: 'Brackenshire Mencap' } }).supportOrganisation).toBe(true);
    expect(enrich({ organisation: { name: 'Brackenshire Community Health NHS Trust' } }).supportOrganisation).toBe(false);
    expect(enrich({ organisation: { name: 'Castle Hill Primary School' } }).supportOrganisation).toBe(false);
  });

  it('is deterministic', () => {
    const fields = { description: 'Drop-in for autistic teenagers aged 13 to 18 in Ashcombe, £2 a session.', areas: ['Ashcombe'] };
    expect(enrich(fields)).toEqual(enrich(fields));
  });
});

describe('values that are concept ids (as the project\'s own ORUK feed publishes its terms)', () => {
  it('links them directly, by the concept\'s scheme, without reading their words', () => {
    const result = enrich({
      needs: ['need:autism'], categories: ['category:short-breaks', 'pathway:neurodevelopmental', 'age:5-11'],
      accessRoute: 'route:open-access; route:specialist', commissioners: ['commissioner:icb'], legislation: ['law:cfa-2014-s30'],
    });
    const links = result.links.map((l) => [l.type, l.conceptId, l.explicit]).sort();
    expect(links).toEqual([
      ['ACCESS_ROUTE', 'route:open-access', true], ['ACCESS_ROUTE', 'route:specialist', true],
      ['COMMISSIONED_BY', 'commissioner:icb', true], ['FOR_AGE', 'age:5-11', true], ['FOR_NEED', 'need:autism', true],
      ['IN_CATEGORY', 'category:short-breaks', true], ['ON_PATHWAY', 'pathway:neurodevelopmental', true], ['UNDER_LAW', 'law:cfa-2014-s30', true],
    ].sort());
  });

  it('reads an unknown id-like value as text', () => {
    expect(enrichOffer(offer({ needs: ['need:no-such-thing'] }), { areas: [] }).unmatchedNeeds).toEqual(['need:no-such-thing']);
  });
});
