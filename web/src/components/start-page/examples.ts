/** Example questions, in the words people use (shown on the start page; never used to tune results). */
export const EXAMPLE_QUESTIONS = [
  'My 7 year old is autistic and can\u2019t sleep',
  'My daughter is 15, has an EHCP and wants to go to college',
  'We\u2019re waiting for an ADHD assessment and school isn\u2019t helping',
  'I need a break from caring for my son',
  'I don\u2019t agree with the council\u2019s decision about an EHC plan',
  'My toddler isn\u2019t talking yet',
] as const;

/** The other ways in, for the people the Local Offer serves besides parents. */
export const ENTRY_POINTS = [
  {
    href: '/learners', title: 'Support for Learners',
    text: 'Schools, colleges, nurseries and other settings: how each one supports children and young people with SEND, in their own words.',
  },
  {
    href: '/professionals', title: 'For professionals',
    text: 'Search by need, age and area, compare settings and services, and make a shortlist to share or print for a family.',
  },
  {
    href: '/gaps', title: 'For commissioners',
    text: 'See where provision is missing or thin, by need, age, area and way in, and who commissions what.',
  },
  {
    href: '/review', title: 'For local authority reviewers',
    text: 'Feedback and published responses, and which offers have not answered the framework questions (sign in).',
  },
] as const;
