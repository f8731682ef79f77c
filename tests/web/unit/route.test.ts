import { describe, expect, it } from 'vitest';
import { parseRoute, routeUrl, resultsUrl } from '../../../web/src/routing/route.ts';
import { emptyResultsState, parseResultsState, sameQuestion, toggleFilter } from '../../../web/src/routing/results-state.ts';

const url = (u: string) => {
  const parsed = new URL(u, 'http://x');
  return parseRoute(parsed.pathname, parsed.search);
};

describe('the address holds the whole state', () => {
  it('round-trips a results page with concepts, filters, selection and opened items', () => {
    const state = { ...emptyResultsState('my son can\'t sleep'), age: 7, area: 'ashcombe', concepts: ['need:sleep'], exclude: ['need:autism'],
      filters: { kind: ['service', 'setting'], cost: ['free'] }, selected: 'o-1', open: ['o-1', 'need:sleep'] };
    const address = routeUrl({ page: 'results', state });
    expect(url(address)).toEqual({ page: 'results', state });
    expect(routeUrl(url(address))).toBe(address);
  });

  it('drops what it cannot trust', () => {
    const state = parseResultsState(new URLSearchParams('q=x&age=99&kind=&sel=&open=,,a'));
    expect(state).toMatchObject({ age: null, filters: {}, selected: null, open: ['a'] });
    expect(url('/sign-in?next=//evil.example')).toEqual({ page: 'sign-in', next: null });
    expect(url('/sign-in?next=/review')).toEqual({ page: 'sign-in', next: '/review' });
  });

  it('knows every page, and says so when it does not', () => {
    expect(url('/')).toEqual({ page: 'start' });
    expect(url('/node/need%3Aautism?view=young-person')).toEqual({ page: 'node', id: 'need:autism', view: 'young-person' });
    expect(url('/learners')).toMatchObject({ page: 'search', audience: 'learners' });
    expect(url('/shortlist')).toEqual({ page: 'shortlist', ids: null });
    expect(url('/shortlist?ids=o-1,need:autism')).toEqual({ page: 'shortlist', ids: ['o-1', 'need:autism'] });
    expect(url('/gaps?cell=need:adhd|age:0-2')).toEqual({ page: 'gaps', rows: 'need', cols: 'ageBand', area: null, by: null, cell: 'need:adhd|age:0-2' });
    expect(url('/nowhere')).toEqual({ page: 'not-found', path: '/nowhere' });
  });

  it('writes shortlist links people can read', () => {
    expect(routeUrl({ page: 'shortlist', ids: ['o-1', 'need:autism'] })).toBe('/shortlist?ids=o-1,need:autism');
    expect(resultsUrl('short breaks', 9, null)).toBe('/results?q=short+breaks&age=9');
  });

  it('treats selection and opened items as the same question, filters as a new one', () => {
    const a = emptyResultsState('q');
    expect(sameQuestion(a, { ...a, selected: 'x', open: ['x'] })).toBe(true);
    const filtered = toggleFilter(a, 'cost', 'free', true);
    expect(sameQuestion(a, filtered)).toBe(false);
    expect(toggleFilter(filtered, 'cost', 'free', false).filters).toEqual({});
  });
});
