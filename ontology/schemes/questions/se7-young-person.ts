import { defineScheme } from '../define.ts';
import { SE7 } from '../sources.ts';
import { question } from './question-entry.ts';

const SET = { id: 'qset:se7-young-person', source: SE7.youngPerson };
const q = question.bind(null, SET);

/** SE7's 13 questions for settings, schools and colleges, from the young person's point of view. */
export const se7YoungPersonQuestions = defineScheme('frameworkQuestion', [
  q(1, 'How does the setting, school or college know if I need extra help?', 'How young people with special educational needs are identified.',
    { links: { EQUIVALENT: ['question:se7-parent-01'] } }),
  q(2, 'What should I do if I think I need extra help?', 'How a young person can raise their own concerns.',
    { links: { RELATED: ['question:se7-parent-01'] } }),
  q(3, 'How will my course work be organised to meet my individual needs?', 'How teaching and coursework are adapted for the young person.',
    { links: { EQUIVALENT: ['question:se7-parent-03'] } }),
  q(4, 'How will I be involved in planning for my needs, and who will explain it and help me?',
    'How the young person gives their views about their support, and how they are helped to do so.',
    { links: { RELATED: ['question:se7-parent-05', 'question:se7-parent-12'] } }),
  q(5, 'Who will tell me what I can do to help myself and be more independent?', 'Who helps with becoming more independent, and what is available.',
    { links: { RELATED: ['pfa:independent-living'] } }),
  q(6, 'What should I do if I am worried about something?', 'Who to talk to when worried, and how they will help.',
    { links: { RELATED: ['question:se7-parent-14'] } }),
  q(7, 'How will I know if I am doing as well as I should?',
    'Talking about progress with staff, how learning is planned, and being involved in planning education.',
    { links: { EQUIVALENT: ['question:se7-parent-04'] } }),
  q(8, 'How can I get help if I am worried about things other than my course?',
    'Pastoral, medical and social support, medicines and personal care, and help with behaviour, exclusions and attendance.',
    { links: { EQUIVALENT: ['question:se7-parent-05'] } }),
  q(9, 'Are there staff who have had special training to help young people who need extra help?',
    'Staff SEND training, disability awareness, and specialist staff and their qualifications.',
    { links: { EQUIVALENT: ['question:se7-parent-07'] } }),
  q(10, 'Can staff get extra help from experts outside the setting, school or college if they need to?',
    'The health, therapy and social care services staff can call on, such as advice and training on medical conditions.',
    { links: { EQUIVALENT: ['question:se7-parent-06'] } }),
  q(11, 'If I have difficulty in taking part in activities, what different arrangements can be made?',
    'Who can help, joining in student activities, and physical access such as wheelchair access and disabled changing and toilets.',
    { links: { RELATED: ['question:se7-parent-08', 'question:se7-parent-09'] } }),
  q(12, 'What help is there to help me get ready to start at the setting, school or college?',
    'Preparation before starting, and what information is passed on to the new place.',
    { links: { EQUIVALENT: ['question:se7-parent-10'] } }),
  q(13, 'I am coming to the setting, school or college to prepare for employment. How will I be supported?',
    'Getting ready for the next stage of life, including work and life skills.',
    { links: { RELATED: ['question:se7-parent-10', 'pfa:employment'] } }),
]);
