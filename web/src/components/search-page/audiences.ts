export type Audience = 'professionals' | 'learners';

/** What the search page says and does for each audience. */
export const AUDIENCES: Record<Audience, { title: string; intro: string; searchLabel: string; fixedKind: string | null; defaultQuery: string }> = {
  learners: {
    title: 'Support for Learners',
    intro: 'Schools, colleges, nurseries and other settings, and how each one supports children and young people with SEND. '
      + 'Every setting answers the same questions, so you can compare them. Add the ones you like to your shortlist.',
    searchLabel: 'Search schools, colleges and settings (a name, a place or a need)',
    fixedKind: 'setting',
    defaultQuery: 'school college nursery',
  },
  professionals: {
    title: 'Search for professionals',
    intro: 'Search services and settings by need, age and area. Compare them on your shortlist, then share it with a family as a link or print it.',
    searchLabel: 'Search services and settings',
    fixedKind: null,
    defaultQuery: '',
  },
};
