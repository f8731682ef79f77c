import { defineScheme } from '../define.ts';
import { SE7 } from '../sources.ts';
import { question } from './question-entry.ts';

const SET = { id: 'qset:se7-service', source: SE7.service };
const q = question.bind(null, SET);

/** SE7's 9 questions for services (education, social care and health services use the same set). */
export const se7ServiceQuestions = defineScheme('frameworkQuestion', [
  q(1, 'What does your service do?',
    'Its purpose, how it improves outcomes for children and young people with SEND and their families, typical activities, any time limits and ongoing support.',
    { altLabels: ['what the service does', 'about the service'] }),
  q(2, 'Where is it located and what areas does it cover?',
    'Main locations, whether it works across the whole council area, and any differences between parts of the area.',
    { altLabels: ['areas covered', 'where we are'] }),
  q(3, 'Who does your service provide for?',
    'The types of need and age ranges covered, the eligibility criteria, and any disabilities it does not provide for.',
    { altLabels: ['who the service is for', 'who is it for'] }),
  q(4, 'How can I start using the service?',
    'Whether families can contact it directly or need a referral, any charges, using a personal budget, and waiting lists.',
    { altLabels: ['how to access the service', 'how to get a referral', 'waiting lists'] }),
  q(5, 'How are decisions made about who can use your service?', 'How and by whom decisions are made, and how the reasons are explained.'),
  q(6, 'How do you communicate with service users and how are they involved in decision making and planning?',
    "How users' views are sought, specialist communication such as signing, leaflets, other languages, progress updates and parent training.",
    { links: { RELATED: ['question:se7-parent-04', 'question:se7-parent-13'] } }),
  q(7, 'Is your service fully accessible?',
    'Wheelchair access, the sound and visual environment, disabled changing and toilets, a Changing Places facility, support in waiting areas, and access to all activities.',
    { links: { EQUIVALENT: ['question:se7-parent-09'] } }),
  q(8, 'What training have the staff supporting children and young people with SEND had or are having?',
    'Recent and planned training, disability awareness, specialist staff, and other services that work closely with this one.',
    { links: { EQUIVALENT: ['question:se7-parent-07'] } }),
  q(9, 'Who can I contact for further information?',
    'The first point of contact, who else supports the child, who to talk to if worried, and who to ask about using the service.',
    { links: { EQUIVALENT: ['question:se7-parent-14'] } }),
]);
