// Hand-written entries: children's social care for disabled children and young people, 0-25.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'dcs-0-25',
    name: 'Disabled Children\'s Service (0-25 social work team)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/social-care/disabled-childrens-service',
    email: 'disabledchildren@brackenshire.gov.uk.example',
    ages: [0, 25],
    reviewed: '2026-07-28',
    fees: 'Free. Some services arranged after assessment may be charged for once a young person is 18 (see adult social care charging).',
    areas: 'all',
    locs: ['ash-county-hall', 'wb-anchorage'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday. Out of hours: Emergency Duty Team.')],
    langs: ['en'],
    funding: ['csc'],
    contacts: [
      { name: 'Disabled Children\'s Service duty social worker', phones: [['01632 960110', 'Monday to Friday 9am to 5pm']] },
      { name: 'Emergency Duty Team', phones: [['01632 960101', 'Evenings, weekends and bank holidays']] }
    ],
    terms: ['social', 'social.assessment', 'need.any', 'need.ld', 'need.pd', 'need.autism', 'need.medical', 'access.assessment'],
    desc: `The Disabled Children's Service is Brackenshire County Council's social work team for disabled children and young people. Since 2024 it has worked with young people up to age 25, so that young people don't have to change social worker at 18. It has two teams: East (Ashcombe, Kirkby Lees, Marston Fold) and West (Thornhollow, Wyvern Bay).

Who is the service for?
Children and young people who live in Brackenshire and have a disability that has a substantial and long-lasting effect on their everyday life. For example:
- a severe or profound learning disability
- a severe physical disability
- autism with significant additional needs (such as a learning disability, or needs that mean they require a very high level of care and supervision)
- complex health needs or a life-limiting condition
- severe sensory impairment (deaf, blind or deafblind).

Children with mild or moderate needs, or whose main need is behaviour or emotional wellbeing, are usually best helped by early help, the family hubs and targeted short breaks. Having an EHC plan or receiving Disability Living Allowance does not on its own mean a child is eligible, and a diagnosis is not required.

What we do
- child in need assessments under section 17 of the Children Act 1989, including the needs of parent carers and brothers and sisters
- arrange specialist short breaks, direct payments and support at home
- parent carer needs assessments
- social care advice for EHC needs assessments and annual reviews (sections D and H of the plan)
- safeguarding, and care for children who are looked after
- from age 14, planning with the young person and family for adulthood, with the Preparing for Adulthood social workers, and Care Act transition assessments.

How to ask for help
Contact the Children's Advice and Duty Service (CADS) and say you want help because of your child's disability, or phone our duty social worker. A professional can refer with your agreement. We will let you know within 1 working day whether we will carry out an assessment. Assessments are completed within 45 working days.

If you disagree with a decision, ask to talk to the team manager. You can also use the council's complaints procedure, and then go to the Local Government and Social Care Ombudsman.`
  },
  {
    key: 'cin-assessment',
    name: 'Social care assessment for a disabled child (child in need assessment)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/social-care/assessment',
    email: 'disabledchildren@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-07-28',
    fees: 'Free',
    areas: 'all',
    sched: [words('Assessments are carried out at home and, where helpful, at school or a short break setting, Monday to Friday.')],
    funding: ['csc'],
    contacts: [{ name: 'Disabled Children\'s Service duty social worker', phones: [['01632 960110']] }],
    terms: ['social', 'social.assessment', 'need.any', 'access.assessment', 'where.home'],
    desc: `Under section 17 of the Children Act 1989, every disabled child is a "child in need", and the council has a duty to assess what support they and their family need. The assessment is called a child and family assessment (or child in need assessment).

What happens
A social worker or social care practitioner visits you at home, meets your child (using their preferred way of communicating), and talks to you, brothers and sisters, and people who know your child well, such as school, health staff and short breaks workers. We look at your child's needs, what is going well, what is hard, and what you as parent carers need to keep caring. We will ask whether you want a separate parent carer needs assessment, or we can do it at the same time.

What the assessment can lead to
- advice and information only
- early help or targeted short breaks
- specialist short breaks (day, evening, overnight)
- support at home (for example a personal assistant or home care)
- a direct payment so you can arrange support yourself
- equipment or adaptations (with the children's occupational therapy team)
- a child in need plan, reviewed regularly.

Help provided under section 2 of the Chronically Sick and Disabled Persons Act 1970 (practical help at home, help to take part in activities, travel to services) must be written in section H1 of your child's EHC plan if they have one.

You will receive a copy of the assessment. Tell us if anything is wrong or missing.`
  },
  {
    key: 'short-breaks-statement',
    name: 'Brackenshire Short Breaks Services Statement 2026 to 2027',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/short-breaks/statement',
    email: 'shortbreaks@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-04-01',
    fees: 'See the statement: many short breaks are free; some ask for a contribution.',
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Short breaks team, Monday to Friday')],
    funding: ['csc'],
    contacts: [{ name: 'Short Breaks Team', phones: [['01632 960115']] }],
    terms: ['social', 'social.sb', 'social.sb.universal', 'social.sb.targeted', 'social.sb.specialist', 'need.any', 'access.open'],
    desc: `Short breaks give disabled children and young people the chance to have fun, make friends and try new things, and give parents and carers a break from caring. Some people call them respite.

Every council must publish a short breaks services statement (Breaks for Carers of Disabled Children Regulations 2011). Ours explains the three levels of short breaks in Brackenshire, who can use them and how to get them:

1. Universal short breaks: open-access clubs, activities, holiday schemes and family hub sessions that any child can go to, with extra help for disabled children. No assessment. Examples: Sensory Stay and Play, inclusive youth nights, inclusive holiday playschemes.

2. Targeted short breaks: for children and young people aged 0 to 18 with a disability or SEND who meet our targeted criteria (for example they get DLA or PIP, have an EHC plan, or a professional confirms their needs). No social work assessment needed: apply yourself. Examples: the Brackenshire Access Card, the Short Breaks Grant (up to £450 a year), Saturday clubs and supported holiday schemes.

3. Specialist short breaks: for children with complex needs, after a child in need assessment by the Disabled Children's Service. Examples: overnight stays at Larkspur House or with a Family Link carer, home-based support, community support workers, and direct payments.

The statement also covers how we consulted families (with the Brackenshire Parent Carer Forum in early 2026), how we review it every year, and what to do if you disagree with a decision. Ask the short breaks team for a printed or easy read copy.`
  },
  {
    key: 'childrens-ot-social-care',
    name: 'Children\'s Occupational Therapy Team (equipment and adaptations at home)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/social-care/occupational-therapy',
    email: 'childrensot@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-05-13',
    fees: 'Assessment and equipment are free. Major adaptations may be funded by a Disabled Facilities Grant (no means test for children and young people under 19).',
    alert: 'Current wait for a non-urgent assessment is about 16 weeks.',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday; assessments in your home')],
    funding: ['csc'],
    contacts: [{ name: 'Children\'s OT duty line', phones: [['01632 960125']] }],
    terms: ['social', 'social.equipment', 'health.equipment', 'need.pd', 'need.medical', 'need.ld', 'access.assessment', 'where.home'],
    desc: `Social care occupational therapists help disabled children and their families with daily living at home: getting in and out of the house, moving about safely, bathing, toileting, sleeping safely, and being cared for without putting parents' backs at risk.

After a home visit we can:
- provide equipment on loan through the Brackenshire Community Equipment Service (for example bath seats, toilet seats, hoists, specialist beds and safe sleep or safe space beds)
- give advice on moving and handling
- recommend minor adaptations (grab rails, stair rails, small ramps) done by the council
- recommend major adaptations (for example a level-access shower, stairlift, through-floor lift or extension) funded through a Disabled Facilities Grant from your district housing team. For disabled children and young people under 19 the grant is not means-tested. We work with the housing team and with you throughout.

Who can ask: parents can contact us directly, or any professional can refer. Children's NHS OTs deal with therapy for skills like handwriting and dressing; we deal with the home environment.`
  },
  {
    key: 'habilitation',
    name: 'Habilitation service for children and young people with vision impairment',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/sensory/habilitation',
    email: 'sensory.support@brackenshire.gov.uk.example',
    ages: [0, 25],
    reviewed: '2026-02-09',
    fees: 'Free',
    areas: 'all',
    sched: [words('During school term and some holidays, at home, school and out in the community.')],
    funding: ['csc', 'hn'],
    contacts: [{ name: 'Sensory Support Service', title: 'Habilitation specialists', phones: [['01632 960141']] }],
    terms: ['social', 'social.equipment', 'need.vi', 'need.sp', 'access.referral'],
    desc: `Two qualified habilitation specialists teach children and young people with vision impairment the skills to move around safely and independently (orientation and mobility, including long cane skills), and independent living skills such as preparing food, self-care and using money. We work from the early years through to college, including route training for young people going to college or work.

Referral via the council's Sensory Support Service (Qualified Teachers of Children and Young People with Vision Impairment), the eye clinic, or the Disabled Children's Service. Habilitation can be written into an EHC plan.`
  },
  {
    key: 'pfa-social-care',
    name: 'Preparing for Adulthood social work team (14 to 25): moving to adult social care',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/preparing-for-adulthood/social-care',
    email: 'pfa.socialcare@brackenshire.gov.uk.example',
    ages: [14, 25],
    reviewed: '2026-09-02',
    fees: 'Assessment is free. Adult social care services are means-tested from age 18: you may be asked to contribute, based on the young person\'s own income and savings (not their parents\').',
    areas: 'all',
    locs: ['ash-county-hall'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['csc', 'asc'],
    contacts: [{ name: 'Preparing for Adulthood team', phones: [['01632 960140']] }],
    terms: ['social', 'social.transition', 'social.adult', 'need.ld', 'need.autism', 'need.pd', 'need.medical', 'access.assessment'],
    desc: `Our social workers help disabled young people and their families plan for adult life, and for the move from children's to adult social care.

From Year 9 (age 13 to 14), preparing for adulthood should be part of every EHC plan annual review: where you will live, work or study, friendships, and your health. If you are known to the Disabled Children's Service, a PfA social worker joins your reviews from about 16.

Care Act transition assessment
Under section 58 of the Care Act 2014 the council must carry out a transition assessment for a young person under 18 when they are likely to have needs for care and support after turning 18 and it would be of "significant benefit" to assess them now. In Brackenshire we aim to start transition assessments at 17, and earlier where needs are complex, so that decisions about eligibility are made before the 18th birthday. Young people who aren't already known to us can ask for one; so can parents.

The transition assessment looks at what the young person wants to achieve, their needs, and whether they are likely to meet the adult eligibility criteria (the national eligibility criteria under the Care Act). It also covers the young person's carers (section 60). If the young person is eligible, we plan their adult support with them, which may include supported living, Shared Lives, day opportunities, a personal assistant or a direct payment.

Children's services carry on until adult services are in place (Care Act section 66), so there should be no gap at 18.

From 16, young people make their own decisions unless they lack the mental capacity to make a particular decision (Mental Capacity Act 2005). We talk with families about what this means, and about best interests decisions, deputyship and lasting powers of attorney.

Ask your social worker, the SEND case officer, or contact us directly.`
  },
  {
    key: 'ehc-social-care-advice',
    name: 'Social care advice for EHC needs assessments and reviews',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/social-care/ehc-plans',
    ages: [0, 25],
    reviewed: '2026-04-28',
    fees: 'Free',
    areas: 'all',
    sched: [words('Requests are received from the SEND assessment team.')],
    funding: ['csc'],
    contacts: [{ name: 'Disabled Children\'s Service (EHC co-ordinator)', phones: [['01632 960110']] }],
    terms: ['social', 'social.assessment', 'access.ehcp'],
    desc: `When the council carries out an EHC needs assessment it must ask children's social care for advice. If your child already has a social worker, they write it. If not, the Disabled Children's Service screens the request and either gives advice from records, or contacts you to ask whether you would like a social care assessment. A child in need assessment is not automatically triggered by an EHC needs assessment. Advice is due within 6 weeks. Social care needs appear in section D of the plan and provision in sections H1 and H2.`
  },
  {
    key: 'rowan-lodge',
    name: 'Rowan Lodge (children\'s home for disabled children)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/children-and-families/children-in-care/rowan-lodge',
    ages: [8, 18],
    reviewed: '2026-01-06',
    fees: 'Free',
    areas: 'all',
    sched: [words('Staffed 24 hours a day, 365 days a year.')],
    funding: ['csc'],
    contacts: [{ name: 'Disabled Children\'s Service', title: 'Placement enquiries are made by social workers', phones: [['01632 960110']] }],
    terms: ['social', 'social.incare', 'need.ld', 'need.autism', 'need.medical', 'access.assessment'],
    accred: 'Registered with Ofsted as a children\'s home. Last inspection (2025): Good.',
    desc: `Rowan Lodge is a small council children's home in Ashcombe for up to 4 disabled children and young people aged 8 to 18 who can't live at home, either long term or while a plan is made for their future. Children keep going to their own school where possible and keep close contact with their families. Placements are arranged by the child's social worker after a care planning meeting; families can't refer directly.`
  }
];
