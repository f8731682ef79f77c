import { defineScheme } from './define.ts';
import { BRIEF, SE7 } from './sources.ts';

/** How a family gets into a service (SE7: "starting with what is widely available"; short breaks tiers). */
export const accessRoutes = defineScheme('accessRoute', [
  {
    id: 'route:open-access',
    label: 'Open to everyone (open access)',
    description: 'Anyone can use it: no referral, assessment or diagnosis needed.',
    altLabels: ['open access', 'universal', 'universal services', 'drop in', 'drop-in', 'self-referral', 'self referral',
      'refer yourself', 'no referral needed', 'no diagnosis needed', 'open to all', 'just turn up'],
    forFamilies: 'You can contact the service or turn up yourself. You do not need a diagnosis, a referral or an EHC plan.',
    source: `${SE7.framework} ("openly available without the need for particular specialist assessments"); ${BRIEF.socialCare}`,
  },
  {
    id: 'route:targeted',
    label: 'Targeted (no specialist assessment needed)',
    description:
      'For children and young people with SEND or other extra needs, but you get in without a specialist assessment, for example through a simple form, a card scheme or a referral from school.',
    altLabels: ['targeted', 'targeted services', 'targeted support', 'without a specialist assessment',
      'no specialist assessment needed', 'short breaks card', 'universal plus'],
    forFamilies:
      'You usually fill in a short form or are referred by a school, health visitor or GP. There is no full assessment, but there may be simple eligibility rules.',
    source: `${SE7.socialCare} ("targeted services - those that can be accessed without a specialist assessment"); ${BRIEF.socialCare}`,
    links: { TRIGGERS: ['process:sen-support', 'process:early-help-assessment'] },
  },
  {
    id: 'route:specialist',
    label: 'Specialist (assessment needed)',
    description:
      'For children and young people whose needs have been assessed by a professional, such as a social worker, therapist or doctor, who decides whether the service is right.',
    altLabels: ['specialist', 'specialist services', 'specialist support', 'assessment needed', 'after an assessment',
      'referral needed', 'by referral', 'referral only', 'professional referral', 'eligibility criteria'],
    forFamilies:
      'Someone needs to refer you or ask for an assessment, and a decision is made about eligibility. Ask how long the wait is and how decisions are explained.',
    source: `${SE7.socialCare} ("What is available with a specialist assessment?"); ${BRIEF.socialCare}`,
    links: {
      TRIGGERS: ['process:child-in-need-assessment', 'process:parent-carer-needs-assessment',
        'process:continuing-care-assessment', 'process:transition-assessment'],
    },
  },
  {
    id: 'route:ehc-plan',
    label: 'EHC plan needed',
    description: 'Only for children and young people whose education, health and care (EHC) plan names it, such as most special school places.',
    altLabels: ['EHC plan needed', 'EHCP needed', 'EHC plan required', 'EHCP required', 'needs an EHCP', 'needs an EHC plan',
      'with an EHC plan', 'with an EHCP', 'EHCP only', 'named in the EHC plan'],
    forFamilies:
      'You first need an EHC needs assessment and a plan that names the provision. You can ask for an assessment yourself; the council must decide within 6 weeks.',
    source: `${BRIEF.legislation} (CFA 2014 ss.36-37); SEND Regulations 2014 reg.4 via council EHC timelines (dorsetcouncil.gov.uk)`,
    links: { TRIGGERS: ['process:ehc-needs-assessment'], UNDER_LAW: ['law:cfa-2014-s36'] },
  },
]);
