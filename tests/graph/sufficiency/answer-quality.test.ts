import { describe, expect, it } from 'vitest';
import { daysBetween, isThin, missingKeyPoints } from '../../../graph/sufficiency/answer-quality.ts';

describe('judging framework answers', () => {
  it('calls one-liners and "contact the school" answers thin, and real answers not', () => {
    expect(isThin('Please contact the school office.')).toBe(true);
    expect(isThin('We follow the SEN Code of Practice.')).toBe(true);
    expect(isThin('Please contact Mrs Hale, our SENCO, who will explain how we identify needs through termly pupil progress meetings and observation.')).toBe(true);
    expect(isThin('Class teachers check every child’s progress each term. If a child is not making the progress we expect, the teacher talks to our SENCO, Mrs Hale, and to you, and we agree what extra help to try first.')).toBe(false);
  });

  it('finds the key points of an expectation an answer leaves out', () => {
    const points = [
      { label: 'a named SENCO', terms: ['senco', 'inclusion lead'] },
      { label: "governors' role", terms: ['governor', 'trustee'] },
    ];
    expect(missingKeyPoints('Our Inclusion Lead plans support with class teachers.', points)).toEqual(["governors' role"]);
    expect(missingKeyPoints('The SENCO reports to the governors each term.', points)).toEqual([]);
  });

  it('counts whole days since a review', () => {
    expect(daysBetween('2025-11-22', new Date('2026-11-22T12:00:00Z'))).toBe(365);
  });
});
