import { defineScheme } from '../define.ts';
import { SE7 } from '../sources.ts';
import { question } from './question-entry.ts';

const SET = { id: 'qset:se7-area-wide', source: SE7.areaWide };
const q = question.bind(null, SET);
const EXPECT = 'What the council expects every nursery, school and college to do about';

/** The SE7 area-wide offer: what the council expects education providers to do, as a minimum. */
export const se7AreaWideHeadings = defineScheme('frameworkQuestion', [
  q(1, 'Identifying special educational needs', `${EXPECT} spotting and identifying each child's or young person's special educational needs.`,
    { links: { RELATED: ['question:se7-parent-01', 'process:identification'] } }),
  q(2, 'Consulting parents and young people', `${EXPECT} talking with parents and young people and taking their views into account.`,
    { links: { RELATED: ['question:se7-parent-13'] } }),
  q(3, 'Securing services, provision and equipment', `${EXPECT} getting the services, support and equipment pupils with SEN need.`,
    { links: { RELATED: ['question:se7-parent-06'] } }),
  q(4, 'Moving between phases and preparing for adulthood', `${EXPECT} supporting pupils with SEN to move between stages of education and to prepare for adult life.`,
    { links: { RELATED: ['question:se7-parent-10'] } }),
  q(5, 'Including children and families in school life', `${EXPECT} including pupils with SEN and their families fully in the life of the setting.`,
    { links: { RELATED: ['question:se7-parent-08', 'question:se7-parent-13'] } }),
  q(6, 'Teaching children and young people with SEN', `${EXPECT} how pupils with SEN are taught.`,
    { links: { RELATED: ['question:se7-parent-02'] } }),
  q(7, 'Adapting the curriculum', `${EXPECT} adapting what is taught so pupils with SEN can learn.`,
    { links: { RELATED: ['question:se7-parent-03'] } }),
  q(8, 'Additional learning support', `${EXPECT} the extra learning support available to pupils with SEN.`,
    { links: { RELATED: ['question:se7-parent-02'] } }),
  q(9, 'Pastoral support', `${EXPECT} pastoral care for the wellbeing of pupils with SEN.`,
    { links: { RELATED: ['question:se7-parent-05'] } }),
  q(10, 'Assessing and reviewing progress', `${EXPECT} how the progress of pupils with SEN is assessed and reviewed.`,
    { links: { RELATED: ['question:se7-parent-04'] } }),
  q(11, 'Evaluating how well SEN provision works', `${EXPECT} checking and evaluating how effective their special educational provision is.`,
    { links: { RELATED: ['question:se7-parent-02', 'question:se7-parent-12'] } }),
  q(12, 'Activities beyond the curriculum', `${EXPECT} the clubs, trips and other activities available to pupils with SEN.`,
    { links: { RELATED: ['question:se7-parent-08'] } }),
  q(13, 'Preparing to move between phases of education', `${EXPECT} preparing pupils with SEN for their next school or college.`,
    { links: { RELATED: ['question:se7-parent-10'] } }),
  q(14, 'Preparing for adulthood, including employment', `${EXPECT} preparing young people for adult life, including work.`,
    { links: { RELATED: ['question:se7-young-person-13', 'category:preparing-for-adulthood'] } }),
  q(15, 'Staff development and training', `${EXPECT} training and developing staff to support pupils with SEN.`,
    { links: { RELATED: ['question:se7-parent-07'] } }),
  q(16, 'Making the environment more accessible', `${EXPECT} making buildings, equipment and information more accessible.`,
    { links: { RELATED: ['question:se7-parent-09', 'law:equality-act-2010-sch10'] } }),
]);
