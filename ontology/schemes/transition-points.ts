import { defineScheme } from './define.ts';
import { BRIEF } from './sources.ts';

const REG_18 = 'SEND Regulations 2014 reg.18 (legislation.gov.uk/uksi/2014/1530/regulation/18; IPSEA "Moving to a new phase of education")';

/** Points where support changes, with what happens and when (Stockport: "points of transition with timescales"). */
export const transitionPoints = defineScheme('transitionPoint', [
  {
    id: 'transition:two-year-check',
    label: 'The 2-year check',
    description:
      "A health visitor reviews a toddler's development, ideally together with the nursery's progress check, so that speech, movement or other needs are spotted early.",
    altLabels: ['2 year check', 'two year check', '2-year check', '2 year review', 'two year review', '2 to 2 and a half review',
      'integrated review', 'ASQ', 'ASQ-3', 'progress check at two', 'health visitor check'],
    timescale: 'Between 2 and 2½ years old.',
    minAge: 2,
    maxAge: 2,
    source: `${BRIEF.ages} (lbhf.gov.uk)`,
    links: { LEADS_TO: ['process:identification'] },
  },
  {
    id: 'transition:starting-school',
    label: 'Starting school',
    description:
      'Moving from home, nursery or a childminder into a Reception class. Education becomes compulsory from the term after a child turns 5.',
    altLabels: ['start school', 'starting reception', 'starting primary school', 'school starter', 'school starters',
      'first school place', 'school admissions', 'primary school place', 'primary school application'],
    timescale:
      'Most children start Reception in the September after they turn 4. With an EHC plan, the plan naming the school must be finalised by 15 February of that year.',
    minAge: 4,
    maxAge: 5,
    source: `${BRIEF.ages} (school entry age is unverified in the brief); ${REG_18}`,
    links: { LEADS_TO: ['process:phase-transfer-review'], UNDER_LAW: ['law:send-regs-2014-reg18'] },
  },
  {
    id: 'transition:year-6-to-7',
    label: 'Moving to secondary school (Year 6 to Year 7)',
    description:
      'The move from primary to secondary school at about 11, with new buildings, timetables and many teachers. Good transition plans include extra visits and passing information on.',
    altLabels: ['year 6 to year 7', 'year 6 to 7', 'moving to secondary', 'moving up to secondary', 'starting secondary school',
      'starting high school', 'moving to high school', 'transition to high school', 'transition to secondary',
      'secondary transfer', 'secondary school place', 'moving to big school'],
    timescale:
      'With an EHC plan, the plan must be reviewed and amended, naming the secondary school, by 15 February in Year 6. Other families apply for a place in the autumn term of Year 6.',
    minAge: 10,
    maxAge: 11,
    source: `${BRIEF.ages}; ${REG_18}`,
    links: { LEADS_TO: ['process:phase-transfer-review'], UNDER_LAW: ['law:send-regs-2014-reg18'] },
  },
  {
    id: 'transition:year-9-review',
    label: 'Year 9 review: planning for adult life begins',
    description:
      'From Year 9 (age 13 to 14), every annual review of an EHC plan must include preparing for adulthood: work, living independently, friends and community, and good health.',
    altLabels: ['year 9 review', 'year 9 annual review', 'year 9 transition review', 'transition review',
      'preparing for adulthood review', 'preparation for adulthood review', 'PfA review'],
    timescale: 'At the annual review in Year 9, and at every review after that.',
    minAge: 13,
    maxAge: 14,
    source: `${BRIEF.ages}; ${BRIEF.adulthood} (Code of Practice ch.8)`,
    links: { LEADS_TO: ['process:annual-review'], UNDER_LAW: ['law:send-cop-ch8'] },
  },
  {
    id: 'transition:age-16',
    label: 'Turning 16 and leaving school',
    description:
      'At 16 young people can make more decisions for themselves, and most move on to sixth form, college or training. Disability Living Allowance usually ends and the young person can apply for Personal Independence Payment.',
    altLabels: ['turning 16', 'turns 16', '16th birthday', 'leaving school', 'school leaver', 'school leavers', 'end of year 11',
      'after year 11', 'after GCSEs', 'post-16 options', 'DLA to PIP'],
    timescale:
      'Compulsory school age ends on the last Friday in June of Year 11. With an EHC plan, the plan naming the post-16 place must be finalised by 31 March of Year 11.',
    minAge: 15,
    maxAge: 16,
    source: `${BRIEF.ages} (DLA to PIP is unverified in the brief); ${REG_18}`,
    links: {
      LEADS_TO: ['process:phase-transfer-review', 'process:travel-assistance'],
      UNDER_LAW: ['law:mental-capacity-act-2005', 'law:send-regs-2014-reg18'],
    },
  },
  {
    id: 'transition:age-18',
    label: 'Turning 18: moving to adult services',
    description:
      "At 18 young people move from children's to adult social care, and usually from children's to adult health services. Children's services must carry on until adult support is arranged.",
    altLabels: ['turning 18', 'turns 18', '18th birthday', 'moving to adults', 'moving to adult services',
      'transition to adult services', 'transition to adulthood', 'transition to adult social care', 'becoming an adult',
      'adult services', 'moving into adult care'],
    timescale:
      'Planning starts at the Year 9 review. A Care Act transition assessment should happen before 18, when it would help; adult eligibility rules apply from 18.',
    minAge: 17,
    maxAge: 18,
    source: `${BRIEF.ages}; ${BRIEF.socialCare} (Care Act 2014 ss.58 and 66)`,
    links: {
      LEADS_TO: ['process:transition-assessment'],
      UNDER_LAW: ['law:care-act-2014-s58', 'law:care-act-2014-s66'],
    },
  },
  {
    id: 'transition:age-19',
    label: 'Turning 19: becoming an adult learner',
    description:
      'At 19 students count as adult learners for travel help, and the 16 to 19 bursary for vulnerable students stops. Over-19s can only get the discretionary bursary if they have an EHC plan or are continuing a course.',
    altLabels: ['turning 19', 'turns 19', '19th birthday', 'post-19 education', 'adult learner transport'],
    timescale: 'From age 19.',
    minAge: 19,
    maxAge: 19,
    source: `${BRIEF.ages}; ${BRIEF.adulthood}`,
    links: { LEADS_TO: ['process:travel-assistance'], UNDER_LAW: ['law:education-act-1996-s508f'] },
  },
  {
    id: 'transition:age-25',
    label: 'Turning 25: the EHC plan ends',
    description:
      'An EHC plan can continue up to age 25 for a young person still in education or training. After that, any support comes from adult services.',
    altLabels: ['turning 25', 'turns 25', '25th birthday', 'end of EHC plan', 'EHC plan ending', 'EHCP ending'],
    timescale: 'By 25 at the latest; a plan can end earlier when it is no longer needed.',
    minAge: 24,
    maxAge: 25,
    source: `${BRIEF.ages} (plans continuing to 25 is from a secondary source; the exact end date is unverified)`,
    links: { LEADS_TO: ['process:ceasing-ehc-plan'], UNDER_LAW: ['law:cfa-2014-s45'] },
  },
]);
