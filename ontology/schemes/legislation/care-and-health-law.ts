import { defineScheme } from '../define.ts';
import { BRIEF } from '../sources.ts';
import { type Instrument, provision, sectionRange, wholeInstrument } from './law-entry.ts';

const CHILDREN_ACT: Instrument = {
  id: 'law:children-act-1989',
  title: 'Children Act 1989',
  shortNames: ['Children Act'],
  path: '/ukpga/1989/41',
};
const CARE_ACT: Instrument = { id: 'law:care-act-2014', title: 'Care Act 2014', shortNames: ['Care Act'], path: '/ukpga/2014/23' };
const CSDPA: Instrument = {
  id: 'law:csdpa-1970',
  title: 'Chronically Sick and Disabled Persons Act 1970',
  shortNames: ['CSDPA'],
  path: '/ukpga/1970/44',
};
const LGA_1974: Instrument = {
  id: 'law:local-government-act-1974',
  title: 'Local Government Act 1974',
  shortNames: [],
  path: '/ukpga/1974/7',
};
const HEALTH_AND_CARE_ACT: Instrument = {
  id: 'law:health-and-care-act-2022',
  title: 'Health and Care Act 2022',
  shortNames: ['Health and Care Act'],
  path: '/ukpga/2022/31',
};
const MENTAL_CAPACITY_ACT: Instrument = {
  id: 'law:mental-capacity-act-2005',
  title: 'Mental Capacity Act 2005',
  shortNames: ['Mental Capacity Act', 'MCA'],
  path: '/ukpga/2005/9',
};

/** Social care, health and mental capacity law, and the rules on short breaks and ombudsmen. */
export const careAndHealthLaw = defineScheme('legislation', [
  wholeInstrument(CHILDREN_ACT,
    "The main law on councils' duties to children, including help for children in need and their families."),
  provision(CHILDREN_ACT, 'section', '17', 'children in need',
    'Councils must safeguard and promote the welfare of children in need, which includes disabled children, by providing services for them and their families, such as short breaks and help at home.',
    { altLabels: ['section 17', 's17', 'children in need duty'] }),
  provision(CHILDREN_ACT, 'section', '17ZA', "young carers' needs assessments",
    "Councils must assess a young carer's needs for support if it looks as if they may need it, or if they ask.",
    { altLabels: ['section 17ZA'] }),
  provision(CHILDREN_ACT, 'section', '17ZD', "parent carers' needs assessments",
    'Councils must assess a parent carer of a disabled child if it looks as if they may need support, or if they ask.',
    { altLabels: ['section 17ZD'] }),
  wholeInstrument(CSDPA, 'An older law giving disabled people rights to practical help from the council at home and in the community.'),
  provision(CSDPA, 'section', '2', 'practical help for disabled children',
    'Councils must provide assessed practical help for disabled children, such as help at home, equipment, adaptations, travel and leisure. In an EHC plan this is social care section H1.',
    { altLabels: ['Chronically Sick and Disabled Persons Act', 'section 2 CSDPA'] }),
  wholeInstrument(CARE_ACT,
    "The main law for adult social care: assessments, eligibility and support for adults and carers, including the move from children's services."),
  provision(CARE_ACT, 'section', '58', 'transition assessment for a child',
    'Councils must assess a child who is likely to need care and support after 18, when doing so would be of significant benefit.',
    { altLabels: ['section 58'] }),
  sectionRange(CARE_ACT, 60, 62, "transition for a disabled child's carers",
    'Councils must assess the carers of a disabled child approaching 18, when it would be of significant benefit, and can meet their needs.'),
  sectionRange(CARE_ACT, 63, 64, 'transition for young carers',
    'Councils must assess young carers approaching 18 who are likely to need support as adults, when it would be of significant benefit.'),
  provision(CARE_ACT, 'section', '66', "children's services continue after 18",
    "Children's services keep going after 18 until the adult care and support arrangements are made.",
    { altLabels: ['section 66'] }),
  {
    id: 'law:short-breaks-regs-2011',
    label: 'Breaks for Carers of Disabled Children Regulations 2011',
    description:
      'Councils must provide a range of short breaks (day, overnight, evenings, weekends and holidays) for carers of disabled children, and publish a Short Breaks Services Statement.',
    altLabels: ['short breaks regulations', 'short breaks duty', 'breaks for carers regulations', 'short breaks services statement'],
    url: 'https://www.legislation.gov.uk/uksi/2011/707/contents',
    source: `${BRIEF.legislation} (secondary source; the SI number 2011/707 is unverified)`,
    links: { RELATED: ['law:children-act-1989'] },
  },
  wholeInstrument(HEALTH_AND_CARE_ACT,
    'Replaced clinical commissioning groups (CCGs) with integrated care boards (ICBs) on 1 July 2022, and updated the SEND duties to match.'),
  wholeInstrument(MENTAL_CAPACITY_ACT,
    'From 16, young people are assumed able to make their own decisions unless shown otherwise; it also sets out how decisions are made in their best interests when they cannot.',
    {
      altLabels: ['mental capacity', 'best interests decision', 'capacity to make decisions'],
      source: `${BRIEF.legislation} (secondary source)`,
    }),
  wholeInstrument(LGA_1974, 'The law that set up the Local Government and Social Care Ombudsman and says what it can investigate.',
    { source: BRIEF.redress }),
  provision(LGA_1974, 'section', '26', 'what the ombudsman can investigate',
    'The Local Government and Social Care Ombudsman cannot investigate matters that could be appealed to a tribunal, such as most EHC plan decisions.',
    { source: BRIEF.redress }),
  {
    id: 'law:cyp-continuing-care-framework',
    label: "National Framework for Children and Young People's Continuing Care (2016)",
    description:
      'Department of Health guidance on how the NHS assesses, decides and agrees continuing care packages for children with complex health needs, alongside EHC plans.',
    altLabels: ['continuing care framework', 'national framework for continuing care', 'decision support tool'],
    url: 'https://www.gov.uk/government/publications/children-and-young-peoples-continuing-care-national-framework',
    source: `${BRIEF.legislation} (framework from a secondary source; gov.uk address not checked)`,
  },
]);
