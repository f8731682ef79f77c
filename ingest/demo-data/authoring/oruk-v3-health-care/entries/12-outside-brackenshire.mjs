// Hand-written entries: provision commissioned for Brackenshire children but based OUTSIDE the county
// (a regional specialist hospital's services, a regional inpatient unit, a cross-border short breaks house).
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'ooa-neurorehab',
    name: 'Regional Paediatric Neurorehabilitation Service, Calderbridge Children\'s Hospital',
    org: 'calderbridge',
    url: 'https://www.calderbridgechildrens.nhs.uk.example/neurorehabilitation',
    email: 'neurorehab.referrals@calderbridgechildrens.nhs.uk.example',
    ages: [0, 18],
    reviewed: '2026-03-19',
    fees: 'Free (NHS). Help with travel costs may be available through the Healthcare Travel Costs Scheme.',
    areas: 'all',
    areaText: 'Children from Brackenshire, Port Selwyn and the wider north of England region (service based in Calderbridge, outside Brackenshire)',
    locs: ['cx-childrens'],
    sched: [words('Inpatient unit staffed 24 hours. Therapy sessions Monday to Friday; some Saturday sessions.')],
    funding: ['nhse'],
    contacts: [{ name: 'Neurorehabilitation unit co-ordinator', phones: [['01632 960750']] }],
    terms: ['health', 'health.abi', 'where.outside', 'need.medical', 'need.pd', 'access.referral'],
    desc: `Specialist inpatient and day-patient rehabilitation for children and young people with an acquired brain injury or other acquired neurological condition (for example traumatic brain injury, encephalitis, stroke, or after brain tumour surgery) whose needs are too complex for local services.

Children are usually transferred from the hospital where they were first treated, including Ashcombe General Hospital. Programmes last from a few weeks to a few months and include physiotherapy, OT, speech and language therapy, neuropsychology, hospital school teaching and family support. A parent can stay with their child on the unit.

Discharge planning starts on admission. The unit hands over to Brackenshire's Children's Acquired Brain Injury Outreach team, the child's school and, where needed, the council's SEND team for an EHC needs assessment.

This service is outside Brackenshire (about 1 hour 15 minutes from Ashcombe by car) and is commissioned by NHS England as a specialised service. Referral is by a consultant only.`
  },
  {
    key: 'ooa-cochlear',
    name: 'Northern Children\'s Cochlear Implant Programme (Calderbridge)',
    org: 'calderbridge',
    url: 'https://www.calderbridgechildrens.nhs.uk.example/cochlear-implants',
    ages: [0, 18],
    reviewed: '2025-06-12',
    fees: 'Free (NHS)',
    areas: 'all',
    areaText: 'Children from across the north of England, including Brackenshire (clinics in Calderbridge)',
    locs: ['cx-childrens'],
    sched: [weekdays('08:30', '17:00', 'Clinics Monday to Friday. Some follow-up tuning appointments are held at Ashcombe General Hospital audiology.')],
    langs: ['en', 'bfi'],
    funding: ['nhse'],
    contacts: [{ name: 'Cochlear Implant Programme', phones: [['01632 960751', 'Voice; text and email also available']] }],
    terms: ['health', 'health.sensory', 'where.outside', 'need.hi', 'access.referral'],
    desc: `Assessment for cochlear implants and bone-conduction hearing implants for children with severe to profound deafness, surgery, switch-on and long-term rehabilitation. Referral from the child's audiologist (Ashcombe Hospitals children's hearing service). The programme works with Brackenshire's Teachers of the Deaf on listening and language development after implantation. Based outside Brackenshire in Calderbridge. Commissioned by NHS England.`
  },
  {
    key: 'ooa-aac-hub',
    name: 'Northern Specialised AAC Hub (communication aids)',
    org: 'calderbridge',
    url: 'https://www.calderbridgechildrens.nhs.uk.example/aac-hub',
    ages: [2, 99],
    reviewed: '2026-02-03',
    fees: 'Free (NHS). Devices are loaned.',
    areas: 'all',
    areaText: 'Children and adults in the north of England, including Brackenshire. Assessments at the hub in Calderbridge or locally.',
    locs: ['cx-childrens'],
    sched: [words('Assessments by appointment, Monday to Friday; outreach visits to homes and schools.')],
    funding: ['nhse'],
    contacts: [{ name: 'AAC Hub referrals', phones: [['01632 960752']] }],
    terms: ['health', 'health.therapies.slt', 'health.equipment', 'where.outside', 'need.slcn', 'need.pd', 'access.referral'],
    desc: `Specialised assessment and provision of high-tech communication aids (for example eye-gaze and switch-accessed speech-generating devices) for children and adults with complex communication needs and complex physical disabilities. Referrals must come from the local speech and language therapist (in Brackenshire, the Brackenshire Communication Aids Service), who must show the person meets the national criteria. The local team stays involved and supports the device day to day.`
  },
  {
    key: 'ooa-moorgate',
    name: 'Moorgate Adolescent Unit (inpatient mental health care)',
    org: 'northpc',
    url: 'https://www.northerncypmhcollaborative.nhs.uk.example/moorgate',
    ages: [12, 18],
    reviewed: '2026-07-09',
    fees: 'Free (NHS)',
    areas: 'all',
    areaText: 'Young people from the north of England, including Brackenshire and Port Selwyn (unit in Calderbridge, outside Brackenshire)',
    locs: ['cx-moorgate'],
    sched: [words('Inpatient unit staffed 24 hours a day. Visiting times agreed with each family.')],
    funding: ['nhse', 'Northern Children and Young People\'s Mental Health Provider Collaborative (NHS England delegated budget)'],
    contacts: [{ name: 'Moorgate Adolescent Unit', phones: [['01632 960753']] }],
    terms: ['health', 'health.mh', 'where.outside', 'need.semh', 'access.referral'],
    desc: `A 14-bed regional inpatient unit for young people aged 12 to 18 with severe mental illness who cannot be safely treated at home, including severe eating disorders, psychosis and severe depression. Young people go to the hospital school on site.

Admissions are arranged only by the young person's CYPMHS team or the crisis team, through the provider collaborative's bed management team. Brackenshire does not have its own adolescent inpatient unit, so young people from the county are usually admitted here (about 40 miles from Ashcombe).

For autistic young people and those with a learning disability, a Care (Education) and Treatment Review should take place before or soon after admission, and the keyworking service supports the family. Discharge planning involves the young person's home CYPMHS team from the start.`
  },
  {
    key: 'ooa-beeches',
    name: 'The Beeches residential short breaks (Fernleigh)',
    org: 'beeches',
    url: 'https://www.oakfieldcare.co.uk.example/the-beeches',
    email: 'thebeeches@oakfieldcare.co.uk.example',
    ages: [5, 18],
    reviewed: '2026-05-27',
    fees: 'No charge to families: places are funded by Brackenshire County Council (and the ICB where a child has continuing care) after assessment',
    areas: ['marston-fold', 'ashcombe', 'kirkby-lees'],
    locs: ['fe-beeches'],
    sched: [words('Open 52 weeks a year. Planned overnight stays, mostly weekends and school holidays.')],
    funding: ['csc', 'icb'],
    contacts: [{ name: 'The Beeches registered manager', phones: [['01632 960754']] }],
    terms: ['social', 'social.sb', 'social.sb.specialist', 'where.outside', 'need.medical', 'need.pd', 'need.ld', 'access.assessment'],
    accred: 'Registered with Ofsted as a children\'s home providing short breaks. Rated Good (2025).',
    desc: `The Beeches is a residential short breaks house just over the county border in Fernleigh, run by Oakfield Care Group. Brackenshire County Council buys 4 beds a week there for children with complex health needs who need nursing-level care overnight (for example children on long-term ventilation, with tracheostomies, or with very complex epilepsy), which Larkspur House cannot always provide.

It is about 25 miles from Marston and 35 miles from Ashcombe. Transport is arranged by the council for children who need it.

Places are allocated by the Disabled Children's Service short breaks panel after a child in need assessment; for children with continuing care, the ICB funds the nursing element. The Beeches is inspected by Ofsted, and Brackenshire's commissioning team visits every quarter.`
  }
];
