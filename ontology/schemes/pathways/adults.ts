import { defineScheme } from '../define.ts';
import { BRIEF, SE7 } from '../sources.ts';

const ADULT = { lifeStage: 'adult', minAge: 18, maxAge: 25 } as const;
const SOURCE = `${SE7.health} ("these need to dovetail into adult care pathways"); ${BRIEF.health}`;

/** Adult care pathways that children's pathways lead into (usually learning disability, physical, sensory, mental health). */
export const adultPathways = defineScheme('carePathway', [
  {
    id: 'pathway:adult-learning-disability',
    label: 'Adult learning disability services',
    description:
      'NHS and council teams for adults with a learning disability, usually a community learning disability team with nurses, therapists and social workers.',
    altLabels: ['community learning disability team', 'CLDT', 'adult learning disability team', 'adult LD team',
      'learning disability team', 'learning disability services'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb', 'commissioner:la-adult-social-care'] },
  },
  {
    id: 'pathway:adult-physical-disability',
    label: 'Adult physical disability services',
    description:
      'Adult physiotherapy, occupational therapy, wheelchair services and council social care for adults with physical disabilities.',
    altLabels: ['adult physiotherapy', 'adult therapies', 'adult wheelchair service', 'adult occupational therapy',
      'adult social care OT', 'physical disability team'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb', 'commissioner:la-adult-social-care'] },
  },
  {
    id: 'pathway:adult-sensory',
    label: 'Adult sensory services',
    description: 'Adult hearing and eye services, and council sensory support for deaf, blind and deafblind adults.',
    altLabels: ['adult audiology', 'sensory impairment team', 'sensory services for adults', 'adult sensory team',
      'deaf services', 'sight loss services'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb', 'commissioner:la-adult-social-care'] },
  },
  {
    id: 'pathway:adult-mental-health',
    label: 'Adult mental health services',
    description: 'NHS community mental health teams and other mental health support for adults from 18.',
    altLabels: ['adult mental health team', 'community mental health team', 'CMHT', 'adult mental health services',
      'adult mental health'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
  {
    id: 'pathway:adult-autism-adhd',
    label: 'Adult autism and ADHD services',
    description: 'NHS assessment and support for autistic adults and adults with ADHD, including medication reviews.',
    altLabels: ['adult autism service', 'adult ADHD service', 'adult autism assessment', 'adult ADHD assessment',
      'adult neurodevelopmental service'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
  {
    id: 'pathway:adult-continuing-healthcare',
    label: 'NHS Continuing Healthcare (adults)',
    description:
      "NHS-funded care for adults whose needs are mainly health needs. Young people on children's continuing care are usually assessed for it as they approach 18.",
    altLabels: ['NHS Continuing Healthcare', 'continuing healthcare', 'CHC', 'adult continuing care'],
    ...ADULT,
    source: `${SOURCE} (from 18 is unverified in the brief)`,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
  {
    id: 'pathway:adult-palliative-care',
    label: 'Adult palliative care',
    description: 'Palliative and hospice care for adults with life-limiting conditions.',
    altLabels: ['adult hospice', 'adult palliative care team'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
  {
    id: 'pathway:adult-continence',
    label: 'Adult continence service',
    description: 'NHS bladder and bowel help and continence products for adults.',
    altLabels: ['adult continence service', 'adult bladder and bowel service'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
  {
    id: 'pathway:adult-community-dental',
    label: 'Community dental service (adults)',
    description: 'NHS special care dentistry for adults who cannot use an ordinary dentist.',
    altLabels: ['adult community dental service', 'adult special care dentistry'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
  {
    id: 'pathway:adult-long-term-conditions',
    label: 'Adult clinics for long-term conditions',
    description: 'Adult epilepsy, diabetes and respiratory clinics and specialist nurses, which take over from children\'s clinics.',
    altLabels: ['adult epilepsy clinic', 'adult diabetes clinic', 'adult diabetes team', 'transition clinic'],
    ...ADULT,
    source: SOURCE,
    links: { COMMISSIONED_BY: ['commissioner:icb'] },
  },
]);
