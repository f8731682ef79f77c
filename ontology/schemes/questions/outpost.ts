import { defineScheme } from '../define.ts';
import { OUTPOST } from '../sources.ts';
import { question } from './question-entry.ts';

const q = question.bind(null, { id: 'qset:outpost', source: `${OUTPOST}; wording from wearefuturegov/scout-x fixtures` });

/** Outpost's 7 local offer questions, each mapped onto the SE7 question(s) that ask the same thing. */
export const outpostQuestions = defineScheme('frameworkQuestion', [
  q(1, 'What outcomes does your setting, service or activity aim to achieve for children and young people with SEND and their families?',
    'The difference the setting, service or activity aims to make for children and young people with SEND and their families.',
    { altLabels: ['outcomes'], links: { RELATED: ['question:se7-service-01'] } }),
  q(2, 'What recent SEND-specific training has been completed by your staff and/or volunteers?',
    'Recent SEND training for staff and volunteers.',
    { altLabels: ['recent SEND training'], links: { EQUIVALENT: ['question:se7-parent-07', 'question:se7-service-08'] } }),
  q(3, 'How do you involve parents and how can I get involved?', 'How parents are involved and can get involved.',
    { links: { EQUIVALENT: ['question:se7-parent-13'], RELATED: ['question:se7-service-06'] } }),
  q(4, "How will you share information with me about my child's progress? What is additional for children with SEND?",
    "How progress is shared with parents, and what extra is done for children with SEND.",
    { links: { EQUIVALENT: ['question:se7-parent-04'] } }),
  q(5, 'How accessible is the environment (indoors and outdoors)?', 'Physical and sensory access, indoors and outdoors.',
    { links: { EQUIVALENT: ['question:se7-parent-09', 'question:se7-service-07'] } }),
  q(6, 'How can children and young people with SEND and their families start to use your service or activity?',
    'How to get started: referral, contact, cost and waiting lists.',
    { links: { EQUIVALENT: ['question:se7-service-04'] } }),
  q(7, 'What future plans do you have for developing your SEND provision?',
    'How the setting or service plans to improve what it offers for children and young people with SEND.',
    { altLabels: ['future plans for SEND provision'],
      links: { RELATED: ['question:se7-parent-02', 'question:se7-area-wide-11'] } }),
]);
