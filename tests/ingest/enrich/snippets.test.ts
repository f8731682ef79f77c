import { describe, expect, it } from 'vitest';
import { Offer } from '../../../ontology/offer.ts';
import { enrichOffer } from '../../../ingest/enrich/index.ts';

interface Case {
  text: string;
  needs?: string[];
  /** minAge/maxAge the text gives (filled into the offer). */
  ages?: [number | undefined, number | undefined];
  /** Age band links expected (exactly). */
  bands?: string[];
  routes?: string[];
  /** Routes that must NOT be read from the text. */
  notRoutes?: string[];
}

/** Free text as Local Offer entries write it → what enrichment must find (inferred, with evidence). */
const CASES: Case[] = [
  { text: 'A Saturday club for autistic children aged 5 to 11. No referral needed: just turn up.', needs: ['need:autism'], ages: [5, 11], bands: ['age:5-11'], routes: ['route:open-access'], notRoutes: ['route:specialist'] },
  { text: 'Our 0-25 SEND service supports children and young people with a learning disability.', needs: ['need:learning-disability'], ages: [0, 25], bands: ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16', 'age:16-19', 'age:19-25'] },
  { text: 'Stay and play for under 5s with speech and language delay. Drop in, no need to book.', needs: ['need:speech-language-communication'], ages: [0, 4], bands: ['age:0-2', 'age:2-5'], routes: ['route:open-access'] },
  { text: 'Group sessions for 5-11 year olds with ADHD. Parents can self-refer.', needs: ['need:adhd'], ages: [5, 11], bands: ['age:5-11'], routes: ['route:open-access'] },
  { text: 'Transition support for pupils in Year 6 with an EHC plan who are moving to secondary school.', ages: [10, 11], bands: ['age:5-11'] },
  { text: 'Specialist teaching for students in Years 7 to 11 who must have an EHC plan.', ages: [11, 16], bands: ['age:11-16'], routes: ['route:ehc-plan'] },
  { text: 'Sensory play for toddlers with hearing loss, run by the Qualified Teacher of the Deaf.', needs: ['need:hearing-impairment'], ages: [1, 3], bands: ['age:0-2', 'age:2-5'] },
  { text: 'Support for children in reception class who have difficulties with speech.', needs: ['need:speech-language-communication'], ages: [4, 5], bands: ['age:2-5'] },
  { text: 'A youth club for young people 16+ with learning disabilities.', needs: ['need:learning-disability'], ages: [16, undefined], bands: ['age:16-19', 'age:19-25'] },
  { text: 'Bladder and bowel service for children up to 18 with continence problems. Referral from a health professional.', needs: ['need:continence'], ages: [0, 18], routes: ['route:specialist'] },
  { text: 'Clinic for children with epilepsy. GP referral needed.', needs: ['need:epilepsy'], routes: ['route:specialist'], notRoutes: ['route:open-access'] },
  { text: 'Bedwetting clinic. Families can refer themselves by phone.', needs: ['need:continence'], routes: ['route:open-access'] },
  { text: 'Help for children with dyslexia and dyscalculia in mainstream schools, through the school SENCO.', needs: ['need:dyslexia', 'need:dyscalculia'], routes: ['route:targeted'] },
  { text: 'Overnight short breaks for disabled children following an assessment by a social worker.', needs: ['need:disability'], routes: ['route:specialist'] },
  { text: 'Counselling for teenagers with anxiety. Young people can contact us directly.', needs: ['need:anxiety'], ages: [13, 19], routes: ['route:open-access'] },
  { text: 'Support for children who have meltdowns or are struggling with school refusal.', needs: ['need:social-emotional-mental-health', 'need:school-avoidance'] },
  { text: 'Mobility training for young people with a visual impairment aged 11 to 25.', needs: ['need:vision-impairment'], ages: [11, 25], bands: ['age:11-16', 'age:16-19', 'age:19-25'] },
  { text: 'Wheelchair service for children with cerebral palsy. Referral from your GP or physiotherapist.', needs: ['need:physical-disability'], routes: ['route:specialist'] },
  { text: 'Feeding clinic for babies with swallowing difficulties.', needs: ['need:feeding-and-swallowing'], ages: [0, 1], bands: ['age:0-2'] },
  { text: 'Places are only for pupils with an EHC plan naming the school.', routes: ['route:ehc-plan'] },
  { text: 'Targeted short breaks: no social care assessment needed, apply online with evidence of disability.', routes: ['route:targeted'], notRoutes: ['route:specialist'] },
  { text: 'Help for parents of children with Down syndrome aged 2 to 18 who are not sleeping.', needs: ['need:down-syndrome', 'need:sleep'], ages: [2, 18], bands: ['age:2-5', 'age:5-11', 'age:11-16', 'age:16-19'] },
  { text: 'Diabetes nurses support children and young people until their 19th birthday.', needs: ['need:diabetes'], ages: [0, 18] },
  { text: 'Holiday club for secondary school aged young people on the autism spectrum.', needs: ['need:autism'], ages: [11, 16], bands: ['age:11-16'] },
  { text: 'Drop-in advice for parents of children with global developmental delay.', needs: ['need:global-developmental-delay'], routes: ['route:open-access'] },
  { text: 'Tutoring for KS2 pupils with a specific learning difficulty.', needs: ['need:specific-learning-difficulty'], ages: [7, 11], bands: ['age:5-11'] },
  { text: 'An assessment for children under five who may have autism. Referrals are accepted from health visitors and paediatricians.', needs: ['need:autism'], ages: [0, 4], routes: ['route:specialist'] },
  { text: 'Post-16 supported internships for young people with SEND.', needs: ['need:special-educational-needs'], ages: [16, 18], bands: ['age:16-19'] },
  { text: 'We do not see children who are picky eaters without a swallowing difficulty; the service is for children with complex health needs.', needs: ['need:complex-health-needs'] },
  { text: 'Hydrotherapy sessions for children aged 18 months to 5 years. Needs a referral from a physiotherapist.', ages: [1, 5], routes: ['route:specialist'] },
  { text: 'Parent workshops on behaviour that challenges, open to all families, no diagnosis needed.', needs: ['need:challenging-behaviour'], routes: ['route:open-access'] },
  { text: 'Residential college for learners aged 19-25 with profound and multiple learning difficulties.', needs: ['need:profound-multiple-learning-difficulty'], ages: [19, 25], bands: ['age:19-25'] },
  { text: 'Deafblind support service for children with multi-sensory impairment; placement is made by the local authority SEN team.', needs: ['need:multi-sensory-impairment'], routes: ['route:ehc-plan'] },
  { text: 'A brain injury rehabilitation service for young people aged 14 and over.', needs: ['need:acquired-brain-injury'], ages: [14, undefined], bands: ['age:11-16', 'age:16-19', 'age:19-25'] },
  { text: 'Waiting times are up to 18 weeks. Sessions last under 2 hours.', ages: [undefined, undefined], bands: [] },
  { text: 'Please ask at reception if your child finds waiting hard. Call 10-12 on weekdays.', ages: [undefined, undefined], bands: [] },
];

const offerOf = (description: string) =>
  Offer.parse({ source: 'test/snippets', sourceId: 'x', authorityId: 'test', kind: 'service', name: 'Service', description });

describe('enrichment of free text: needs, ages and access routes', () => {
  it('has at least 30 snippets', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const { loadable } = enrichOffer(offerOf(c.text), { areas: [] });
    const of = (type: string) => loadable.links.filter((l) => l.type === type).map((l) => l.conceptId).sort();
    if (c.needs) expect(of('FOR_NEED')).toEqual(expect.arrayContaining(c.needs));
    if (c.ages) expect([loadable.offer.minAge, loadable.offer.maxAge]).toEqual(c.ages);
    if (c.bands) expect(of('FOR_AGE')).toEqual([...c.bands].sort());
    if (c.routes) expect(of('ACCESS_ROUTE')).toEqual(expect.arrayContaining(c.routes));
    for (const route of c.notRoutes ?? []) expect(of('ACCESS_ROUTE')).not.toContain(route);
    for (const link of loadable.links) {
      expect(link.explicit).toBe(false);
      expect(link.evidence.length).toBeGreaterThan(0);
      expect(link.evidence.length).toBeLessThanOrEqual(300);
    }
  });
});
