// Hand-written Outpost entries: preparing for adulthood (employment, independent living, friendships),
// travel, and housing. FICTIONAL local services; national schemes (Access to Work, Jobcentre Plus, Blue Badge,
// the English National Concessionary Travel Scheme, Disabled Facilities Grant) described as they really work.

export const adulthood = [
  {
    name: 'Careers and Participation Service \u2013 SEND careers advisers',
    org: 'bccSkills',
    desc: `Our SEND careers advisers give free, impartial careers information, advice and guidance to young people with SEND aged 13 to 25, and help the council meet its duty to support all 16 and 17 year olds to stay in education or training.

A SEND careers adviser can:
- come to Year 9, 10 and 11 annual reviews of EHC plans (if invited) to talk about what the young person wants to do when they leave school
- help young people explore college courses, supported internships, apprenticeships, work experience and volunteering
- support young people aged 16 to 25 who are not in education, employment or training (NEET) to find something that suits them, with one-to-one meetings in a place they choose
- help with application forms, visits to colleges and interview practice

Schools also have their own careers adviser and must provide independent careers guidance from Year 8 to Year 13; we work alongside them.

Young people can contact us themselves (text, phone or email), or be referred by a school, college, social worker or parent. Advisers are based in Ashcombe, Kirkby Lees and Wyvern Bay and travel across the county, including Marston Fold.`,
    tax: ['employment-internships-and-apprenticeships', 'post-16-education', 'activities-for-young-people'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 13, max: 25, referral: false, free: true,
    locs: ['countyHall', 'kirkbyLearningCentre', 'wyvernCivic'],
    contacts: [{ name: 'Careers and Participation Service', title: null, email: 'careers@brackenshire.gov.uk.example', phone: '01632 960300' }],
    sched: [['Monday', '09:00', '17:00'], ['Tuesday', '09:00', '17:00'], ['Wednesday', '09:00', '17:00'], ['Thursday', '09:00', '17:00'], ['Friday', '09:00', '16:30']],
    lo: { d: 'Careers guidance for young people with SEND, 13 to 25.', a: [
      'Young people with SEND have ambitious plans for their future and a clear route into education, training or work.',
      'All advisers hold a Level 6 qualification in careers guidance and are registered with the Career Development Institute. Three have the Level 4 Certificate in supporting young people with SEND.',
      'We involve parents in plans if the young person agrees. Young people over 16 make their own decisions where they can.',
      'We share an action plan with the young person (and parent if agreed) after each meeting.',
      'We meet young people at school, college, home, a library, or wherever suits them.',
      'Text, phone or email us. No referral needed.',
      '',
    ] },
    updated: '2026-03-26T10:00:00.000Z', created: '2020-10-12T09:00:00.000Z',
  },
  {
    name: 'Supported Internship at Ashcombe County Hospital',
    org: 'college',
    desc: `A one-year supported internship for young people aged 17 to 24 with an EHC plan, run by Brackenshire College with Ashcombe Hospitals NHS Foundation Trust and the council's Supported Employment Service.

Interns spend the academic year based at the hospital, doing three work placements (rotations) of about 10 weeks each, in departments such as catering, portering, pharmacy stores, sterile services, housekeeping, and the staff library. Each day starts and ends with a short class in the hospital training room, covering employability skills, English and maths, and travel. A job coach supports interns on placement and fades support as they learn the job.

The aim is paid employment at the end. In 2024/25, 7 of our 11 interns got paid jobs (5 at the hospital).

Who it is for: young people with an EHC plan, aged 17 to 24 on 31 August, who want to work, can travel to the hospital (travel training is offered), and are in their last year of education. Interns stay on the college roll and their EHC plan continues during the internship. Interns may be able to get support from Access to Work for a job coach.

How to apply: open evening in January; applications close in March; assessment days in April. Talk to your SEND careers adviser or the college's supported internship co-ordinator. Places: 12 a year.

Monday to Friday, 9am to 3pm, September to July (hospital term dates).`,
    tax: ['employment-internships-and-apprenticeships', 'post-16-education'],
    needs: ['cognition-and-learning', 'autism', 'communication-and-interaction'],
    suits: ['learning-difficulties', 'autism'],
    min: 17, max: 24, referral: true, free: true,
    locs: ['hospital'],
    contacts: [{ name: 'Supported internship co-ordinator', title: null, email: 'supportedinternships@brackenshire.ac.uk.example', phone: '01632 960301' }],
    sched: [['Monday', '09:00', '15:00'], ['Tuesday', '09:00', '15:00'], ['Wednesday', '09:00', '15:00'], ['Thursday', '09:00', '15:00'], ['Friday', '09:00', '15:00']],
    lo: { d: 'Supported internship in a hospital for young people with EHC plans.', a: [
      'Paid jobs. Also: confidence, travel independence and a CV with real work experience.',
      'Job coaches hold the Level 3 Certificate in Supported Employment Practice (BASE). Hospital mentors have disability confidence training.',
      'Parents are invited to a meeting at the start of each placement and to a "celebration" at the end of the year.',
      'Interns have a vocational profile and a progress review each placement; we share it with parents if the intern agrees.',
      'The hospital is step-free with lifts and accessible toilets. Some placements involve a lot of walking; we match placements to interns.',
      'Come to the open evening or ask your careers adviser. Applications close in March.',
      'Looking to add a second host employer in Wyvern Bay (hospitality) from September 2027.',
    ] },
    updated: '2026-01-30T15:00:00.000Z', created: '2021-09-01T09:00:00.000Z',
  },
  {
    name: 'Brackenshire Supported Employment Service (including Connect to Work)',
    org: 'bccSkills',
    desc: `We help disabled people and people with health conditions to find and keep paid work, using a "place, train and maintain" supported employment model: find out what the person wants to do, find a job that fits, and provide a job coach to help learn the job and stay in it.

Who can use it:
- young people aged 16 to 25 with SEND, including young people leaving supported internships
- adults with a learning disability, autistic adults, and people with mental health conditions or other health conditions

Since 2025 we also deliver Connect to Work in Brackenshire: a voluntary supported employment programme funded by the Department for Work and Pensions for disabled people, people with health conditions and people facing complex barriers to work.

What you get: a named employment specialist; vocational profiling; help to talk to employers (including job carving, where a job is built around what you can do); help to apply for Access to Work; in-work support from a job coach for as long as needed; advice for employers about reasonable adjustments and the Disability Confident scheme.

Referrals: self-referral, or from Jobcentre Plus, adult social care, a community mental health team, a SEND careers adviser, or a college. Current wait for a first meeting: about 3 weeks. Free of charge; it does not affect your benefits to take part (working may affect benefits, and we will arrange a better-off calculation).`,
    tax: ['employment-internships-and-apprenticeships', 'adult-and-community-learning'],
    needs: ['autism', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'communication-and-interaction'],
    suits: ['learning-difficulties', 'autism', 'mental-health-acquired-brain-injury', 'physical-disabilities'],
    min: 16, max: null, referral: false, free: true,
    locs: ['kirkbyLearningCentre', 'countyHall', 'wyvernCivic'],
    contacts: [{ name: 'Supported Employment Service referrals', title: null, email: 'supportedemployment@brackenshire.gov.uk.example', phone: '01632 960302' }],
    sched: [['Monday', '08:30', '17:00'], ['Tuesday', '08:30', '17:00'], ['Wednesday', '08:30', '17:00'], ['Thursday', '08:30', '17:00'], ['Friday', '08:30', '16:30']],
    lo: { d: null, a: [
      'Paid jobs of 16 hours or more a week, kept for at least 6 months.',
      'Employment specialists are trained in the Supported Employment Quality Framework and Individual Placement and Support (IPS).',
      '',
      '',
      '',
      'Call or email to refer yourself.',
      '',
    ] },
    updated: '2026-06-02T11:00:00.000Z', created: '2020-10-12T09:30:00.000Z',
  },
  {
    name: 'Access to Work',
    org: 'dwp',
    desc: `Access to Work is a Department for Work and Pensions grant that helps disabled people, and people with a physical or mental health condition, to start or stay in work. It is not a loan and it does not affect other benefits.

It can pay towards:
- special equipment, adaptations or software (for example a screen reader or an adapted chair)
- a support worker or job coach, including a BSL interpreter or a note-taker
- the extra cost of travel to work if you can't use public transport (for example taxis)
- the Access to Work Mental Health Support Service: free, confidential support for up to 9 months from a specialist provider

Who can get it: people aged 16 or over, living in England, Scotland or Wales, who are in paid work, self-employed, about to start a job (you can apply up to 12 weeks before), doing an apprenticeship or work trial, or on a supported internship. Young people on supported internships can get Access to Work for a job coach while on their work placement.

It does not pay for reasonable adjustments that the employer is legally required to make under the Equality Act 2010. Larger employers may be asked to share the cost of equipment.

How to apply: online or by phone. There is a backlog: decisions can take several months, so apply as early as you can.`,
    tax: ['employment-internships-and-apprenticeships', 'money-benefits-and-allowances'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    suits: ['physical-disabilities', 'visual-and-or-hearing-impediment', 'learning-difficulties', 'autism', 'mental-health-acquired-brain-injury'],
    min: 16, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Access to Work helpline', title: null, email: null, phone: '01632 960303' }],
    url: 'https://www.gov.uk.example/access-to-work',
    lo: null,
    updated: '2025-11-28T09:00:00.000Z', created: '2021-04-12T09:00:00.000Z',
  },
  {
    name: 'Jobcentre Plus \u2013 work coaches and Disability Employment Advisers',
    org: 'dwp',
    desc: `Jobcentre Plus helps people find work and claim benefits such as Universal Credit. If you are disabled or have a health condition, your work coach can get extra help from a Disability Employment Adviser (DEA). DEAs know about local supported employment, Access to Work and the adjustments employers can make.

Young people: if you are 18 to 21 and claiming Universal Credit, you can get extra support through the local Youth Hub (Ashcombe Jobcentre, Tuesdays). Young people in full-time non-advanced education (for example at school or college) can only claim Universal Credit in certain cases, such as if they have a limited capability for work and get DLA or PIP, or have no parental support. Ask a work coach or Citizens Advice before leaving education.

We can make reasonable adjustments for appointments, such as a quiet room, a longer appointment, a phone appointment or a BSL interpreter. Tell us what you need.

Jobcentres in Brackenshire: Ashcombe (Crown House), Kirkby Lees (Albion Street) and Wyvern Bay (Dock Street). Open Monday to Friday, 9am to 5pm (Wednesday from 10am).`,
    tax: ['employment-internships-and-apprenticeships', 'money-benefits-and-allowances'],
    needs: ['autism', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 16, max: null, referral: false, free: true,
    locs: ['jcpAshcombe', 'jcpKirkby', 'jcpWyvern'],
    contacts: [
      { name: 'Ashcombe Jobcentre', title: null, email: null, phone: '01632 960304' },
      { name: 'Kirkby Lees Jobcentre', title: null, email: null, phone: '01632 960305' },
      { name: 'Wyvern Bay Jobcentre', title: null, email: null, phone: '01632 960306' },
    ],
    sched: [['Monday', '09:00', '17:00'], ['Tuesday', '09:00', '17:00'], ['Wednesday', '10:00', '17:00'], ['Thursday', '09:00', '17:00'], ['Friday', '09:00', '17:00']],
    lo: null,
    updated: '2026-04-22T09:00:00.000Z', created: '2021-04-12T09:10:00.000Z',
  },
  {
    name: 'Brackenshire Apprenticeship Hub \u2013 inclusive apprenticeships',
    org: 'bccSkills',
    desc: `Apprenticeships are paid jobs with training, for people aged 16 and over. The Apprenticeship Hub matches young people with apprenticeship vacancies across Brackenshire and helps employers offer apprenticeships to disabled young people.

Good to know if you have SEND:
- If you have an EHC plan (or had a statement), the English and maths requirement for your apprenticeship can be adjusted to Entry Level 3 (the "apprenticeship English and maths flexibility"). Apprentices aged 19 and over no longer have to pass English and maths to complete.
- Employers get a £1,000 payment for taking on an apprentice aged 16 to 18, or aged 19 to 24 with an EHC plan or who has been in care.
- Training providers receive extra "learning support" funding to make adjustments for apprentices with learning difficulties or disabilities.
- You can use Access to Work for support in the workplace.

The Hub runs "Apprenticeship Ready", a 6-week pre-apprenticeship programme for 16 to 24 year olds with SEND, at Weavers Yard, Kirkby Lees (Tuesdays and Thursdays, 10am to 2pm), three times a year. Travel costs are paid.`,
    tax: ['employment-internships-and-apprenticeships', 'post-16-education'],
    needs: ['cognition-and-learning', 'autism', 'social-emotional-and-mental-health-difficulties', 'communication-and-interaction'],
    min: 16, max: 24, referral: false, free: true,
    locs: ['kirkbyLearningCentre'],
    contacts: [{ name: 'Apprenticeship Hub', title: null, email: 'apprenticeships@brackenshire.gov.uk.example', phone: '01632 960307' }],
    sched: [['Tuesday', '10:00', '14:00'], ['Thursday', '10:00', '14:00']],
    links: [['Current vacancies', 'https://www.brackenshire.gov.uk.example/apprenticeships/vacancies']],
    lo: { d: null, a: ['', '', '', '', 'Weavers Yard is step-free with a lift.', 'Sign up online or ask your careers adviser.', ''] },
    updated: '2026-08-14T09:00:00.000Z', created: '2021-06-01T09:00:00.000Z',
  },
  {
    name: '"Moving On" independent living skills course (Bridge House training flat)',
    org: 'college',
    desc: `A one-year, part-time course at Brackenshire College for young people aged 18 to 25 with learning difficulties and disabilities who want to live more independently, with friends, in supported living or on their own in the future.

Students spend two days a week in the Bridge House training flat in Kirkby Lees (a real two-bedroom flat above the Canal Street shops) and one day at college. They learn to plan and cook meals, shop on a budget, use a bank card safely, keep the flat clean, use the bus, deal with post and bills, stay safe at home and online, and manage their own medication and appointments. There is an optional overnight stay in the summer term for students who feel ready.

Entry: young people with an EHC plan that includes independent living outcomes, or referred by adult social care. Places: 10. Interview and taster day in May.

Free for students aged 19 to 24 with an EHC plan (funded through the plan); college fee waiver for others on low income.`,
    tax: ['independent-living-and-housing', 'post-16-education', 'adult-and-community-learning'],
    needs: ['cognition-and-learning', 'autism'],
    suits: ['learning-difficulties', 'autism'],
    min: 18, max: 25, referral: true, free: true,
    locs: ['independentLivingFlat', 'collegeAshcombe'],
    contacts: [{ name: 'Foundation Learning department', title: null, email: 'foundation@brackenshire.ac.uk.example', phone: '01632 960308' }],
    sched: [['Tuesday', '09:30', '15:00'], ['Wednesday', '09:30', '15:00'], ['Thursday', '09:30', '15:00']],
    lo: { d: 'Independent living course in a real flat.', a: [
      'Students gain the skills and confidence to live more independently and move on to supported living, shared living or their own home.',
      'Staff are trained in positive behaviour support and Makaton.',
      'Parents are invited to the taster day, the review meetings and a "cook for your family" lunch each term.',
      'Termly progress reports linked to the outcomes in the EHC plan.',
      'The flat is on the first floor with a lift. The bathroom has a level-access shower; there is no hoist.',
      'Talk to your SEND Officer, adult social care worker or the college. Interviews in May.',
      '',
    ] },
    updated: '2026-03-11T10:00:00.000Z', created: '2022-02-01T09:00:00.000Z',
  },
  {
    name: 'Supported living for young adults (Keystone Supported Living)',
    org: 'supportedLiving',
    desc: `Keystone provides supported living in Ashcombe and Kirkby Lees for adults aged 18 and over with a learning disability and/or autism. Tenants have their own tenancy (with a housing association landlord) and their own bedroom, sharing a kitchen and lounge in houses of three or four people, or have a self-contained flat in our Canal Street scheme with staff on site 24 hours.

Support is planned with each person and can include help with cooking, budgeting, medication, getting to college or work, and building friendships and community links. Staff are on site day and night in shared houses; support in flats ranges from a few hours a week upwards.

How to get a place: support is funded by Brackenshire County Council adult social care after a Care Act needs assessment (for young people, this can start with a transition assessment from Year 9 onwards). Rent and service charges are usually paid through Universal Credit housing element or Housing Benefit. Talk to your social worker or the Preparing for Adulthood team. There is a waiting list for the flats (around 12 months).

We are registered with the Care Quality Commission (CQC) for personal care.`,
    tax: ['independent-living-and-housing', 'homelessness-and-housing'],
    needs: ['cognition-and-learning', 'autism'],
    suits: ['learning-difficulties', 'autism'],
    min: 18, max: null, referral: true, free: false,
    costs: [['Care and support: funded by adult social care after assessment (you may need to contribute following a financial assessment)', null, null]],
    locs: ['independentLivingFlat'],
    contacts: [{ name: 'Referrals manager', title: null, email: 'referrals@keystonesupportedliving.co.uk.example', phone: '01632 960309' }],
    lo: null,
    updated: '2026-05-20T09:00:00.000Z', created: '2021-08-10T09:00:00.000Z',
  },
  {
    name: 'Brackenshire People First (self-advocacy group)',
    org: 'peopleFirst',
    desc: `Brackenshire People First is run by and for people with learning disabilities. We help each other to speak up, know our rights and make our own choices.

What we do:
- Speaking Up groups in Ashcombe (Mondays) and Kirkby Lees (Wednesdays), 10.30am to 12.30pm: meet friends, talk about things that matter to you, and get support to sort out problems
- We check easy read information for the council and the NHS, and sit on the Learning Disability Partnership Board
- Training for staff, taught by our members, on what good support looks like
- A young people's group for 16 to 25 year olds leaving school or college, about friendships, relationships, money and staying safe

Membership is free. Everything we do is in easy read, and support staff help at every meeting.`,
    tax: ['friendships-and-community', 'support-groups', 'send-services'],
    needs: ['cognition-and-learning', 'autism', 'communication-and-interaction'],
    suits: ['learning-difficulties', 'autism'],
    min: 16, max: null, referral: false, free: true,
    locs: ['lanternCentre', 'kirkbyFamilyHub'],
    contacts: [{ name: 'Office', title: null, email: 'hello@brackenshirepeoplefirst.org.uk.example', phone: '01632 960310' }],
    sched: [['Monday', '10:30', '12:30'], ['Wednesday', '10:30', '12:30']],
    lo: { d: 'Self-advocacy for people with learning disabilities.', a: [
      'People with learning disabilities speak up for themselves, have friends, and have a say in the services they use.',
      'Support staff have training in easy read, Makaton and safeguarding.',
      'Family members are welcome at our open days. The groups are for our members.',
      '',
      'Both venues are step-free with accessible toilets.',
      'Come along to a Speaking Up group, or phone us.',
      'Starting a Wyvern Bay group in 2027.',
    ] },
    updated: '2026-09-19T21:00:00.000Z', created: '2021-07-01T10:00:00.000Z',
  },
  {
    name: 'Preparing for Adulthood (PfA) co-ordinators',
    org: 'bccSend',
    desc: `The council's PfA co-ordinators help young people with EHC plans, and their families, plan for adult life from Year 9 (age 13 to 14) onwards. From Year 9, every annual review must include preparing for adulthood, under the four PfA outcomes: employment (including higher education), independent living, friends, relationships and community, and good health.

PfA co-ordinators:
- attend Year 9 and Year 11 annual reviews where there are likely to be adult social care or complex health needs, and help write the PfA sections of the plan
- make sure the right adult services know about the young person early: for example the council's Preparing for Adulthood social work team (for young people known to the Disabled Children's Service) or Adult Social Care Connect, which carry out Care Act 2014 s.58 transition assessments where the young person is likely to have needs after 18, the Community Team for People with Learning Disabilities, and the young person's GP for the annual health check (from age 14 for people on the GP learning disability register)
- explain decision-making from 16 (Mental Capacity Act 2005), appointeeship and deputyship
- run the "Moving to Adulthood" information evenings for parents every term (online and at County Hall)

There is one PfA co-ordinator for the north (Kirkby Lees and Marston Fold) and one for the south (Ashcombe, Thornhollow and Wyvern Bay). Ask your SEND Officer or school SENCO to invite them to a review.`,
    tax: ['preparing-for-adulthood', 'send-services', 'independent-living-and-housing'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 13, max: 25, referral: true, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'PfA co-ordinators', title: null, email: 'pfa@brackenshire.gov.uk.example', phone: '01632 960311' }],
    lo: { d: 'Planning for adult life from Year 9.', a: [
      'Young people with EHC plans have a clear, shared plan for work, housing, friendships and health before they turn 18, with no gap in support.',
      'Co-ordinators have completed the National Development Team for Inclusion (NDTi) Preparing for Adulthood training.',
      'Our information evenings were planned with the Parent Carer Forum\u2019s 18 to 25 group.',
      '',
      '',
      'Ask your SEND Officer or SENCO to invite a PfA co-ordinator to the annual review.',
      'A PfA "roadmap" for families, co-produced with Brackenshire Voices, will be published in 2027.',
    ] },
    updated: '2026-10-20T12:00:00.000Z', created: '2022-03-01T09:00:00.000Z',
  },
];

export const travel = [
  {
    name: 'Home to School Travel Assistance (including SEND transport)',
    org: 'bccTransport',
    desc: `Brackenshire County Council must arrange free travel to school for eligible children of compulsory school age (5 to 16) who live in Brackenshire (Education Act 1996, s.508B and Schedule 35B). We follow the Department for Education statutory guidance "Travel to school for children of compulsory school age".

Children with SEN, a disability or a mobility problem are eligible if they attend the nearest suitable school and cannot reasonably be expected to walk there, even if accompanied by a parent, because of their SEN, disability or mobility problem. This applies whatever the distance and whether or not the child has an EHC plan. Having an EHC plan does not in itself mean a child is eligible.

Other children are eligible if they attend the nearest suitable school and live more than the statutory walking distance (2 miles for children under 8; 3 miles for children aged 8 and over), or if there is no safe walking route. Extra rules apply to families on low income.

The help we offer depends on need. It may be:
- a bus or train pass
- a seat on a shared minibus or taxi, with a passenger assistant if needed
- a personal travel budget, so that you can make your own arrangements
- mileage payments if you drive your child
- independent travel training, for young people who could learn to travel on their own

How to apply: apply online. For September starts, apply by 31 May; we aim to decide within 20 working days. Transport is arranged for the first day of term for applications received on time. Tell us about any changes in your child's needs.

If you disagree with our decision: you can ask for a stage 1 review within 20 working days of receiving our decision. If you are still unhappy, you can go to stage 2: an independent appeal panel.`,
    tax: ['home-to-school-travel', 'travel-and-transport', 'council-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    suits: ['physical-disabilities', 'learning-difficulties', 'autism'],
    min: 4, max: 16, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'School Travel Team', title: null, email: 'schooltravel@brackenshire.gov.uk.example', phone: '01632 960400' }],
    sched: [['Monday', '08:30', '17:00'], ['Tuesday', '08:30', '17:00'], ['Wednesday', '08:30', '17:00'], ['Thursday', '08:30', '17:00'], ['Friday', '08:30', '16:30']],
    url: 'https://www.brackenshire.gov.uk.example/schooltravel',
    lo: { d: 'Free travel to school for eligible children, including those with SEND.', a: [
      'Children get to school safely, on time and ready to learn; young people become as independent in travel as they can.',
      'All passenger assistants and drivers on SEND routes complete disability awareness, safeguarding and epilepsy/rescue medication awareness training, and are DBS checked.',
      'We ask parents for a "travel passport" about their child (how they communicate, what helps, medical needs), which goes to the driver and passenger assistant.',
      'We will tell you who your driver and passenger assistant are before term starts and let you know of any changes.',
      'Vehicles are matched to the child: wheelchair-accessible vehicles with tracking and restraints are provided where needed.',
      'Apply online or phone the School Travel Team. You do not need an EHC plan to apply.',
      'Expanding personal travel budgets and independent travel training in 2026 to 2027.',
    ] },
    updated: '2026-04-28T09:00:00.000Z', created: '2020-06-15T09:00:00.000Z',
  },
  {
    name: 'Post-16 travel assistance for students with SEND',
    org: 'bccTransport',
    desc: `There is no automatic right to free transport after Year 11. Each year, by 31 May, the council publishes a Post-16 Transport Policy Statement explaining what help is available for students aged 16 to 18 (and those aged 19 to 25 who started their course before 19) in school sixth forms, colleges and training (Education Act 1996, s.509AA). For learners aged 19 to 25 with an EHC plan, see also "Adult learner travel (19 to 25)".

For students with SEND, help can include a seat on a college bus or shared taxi, a personal travel budget, or independent travel training. Students who get travel assistance pay a contribution:
- 2026 to 2027: £690 a year (can be paid in instalments)
- £345 a year if the family receives Universal Credit with earnings under the free school meals threshold, or the student gets the 16 to 19 Bursary (vulnerable group)
- no charge for young people in care or care leavers

You can also ask your college about its 16 to 19 Bursary Fund, which can help with travel costs.

Apply by 30 June for September. Students must reapply each year.`,
    tax: ['home-to-school-travel', 'travel-and-transport', 'post-16-education'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 16, max: 25, referral: false, free: false,
    costs: [['Annual contribution (standard)', 690, 'per year'], ['Annual contribution (low income)', 345, 'per year']],
    locs: ['countyHall'],
    contacts: [{ name: 'Post-16 Travel', title: null, email: 'schooltravel@brackenshire.gov.uk.example', phone: '01632 960401' }],
    lo: null,
    updated: '2026-05-29T16:00:00.000Z', created: '2020-06-15T09:10:00.000Z',
  },
  {
    name: 'Independent Travel Training',
    org: 'bccTransport',
    desc: `Independent travel training teaches young people with SEND to travel safely on their own, usually by bus, train or walking, to school, college, work or leisure.

A travel trainer works one-to-one with the young person on a real route, starting by travelling with them and gradually stepping back, over about 6 to 12 weeks. Training covers planning a journey, buying tickets or using a bus pass, road safety, what to do if the bus doesn't come, and keeping safe (including using a phone to get help). We involve parents from the start and agree each step with them.

Who: young people aged 11 to 25 with SEND who live in Brackenshire, who get or could get home-to-school or college travel assistance, and whom the trainer, family and school or college agree could learn to travel independently. It is not suitable for everyone.

Referrals: from the School Travel Team, schools, colleges, the SEND team, or parents. Free. There's usually a wait of 4 to 8 weeks, longer in September.

Many young people tell us it's the thing that made the biggest difference to their independence.`,
    tax: ['travel-and-transport', 'preparing-for-adulthood', 'independent-living-and-housing'],
    needs: ['cognition-and-learning', 'autism', 'communication-and-interaction', 'social-emotional-and-mental-health-difficulties'],
    suits: ['learning-difficulties', 'autism'],
    min: 11, max: 25, referral: true, free: true,
    locs: [],
    contacts: [{ name: 'Travel Training Team', title: null, email: 'traveltraining@brackenshire.gov.uk.example', phone: '01632 960402' }],
    lo: { d: null, a: [
      'Young people travel independently, which opens up college, work and a social life.',
      'Trainers are trained in road safety, autism awareness and safeguarding.',
      'Parents agree every step before the trainer steps back.',
      'We send a short update to parents each week.',
      '',
      'Ask the School Travel Team, your school or college, or phone us.',
      '',
    ] },
    updated: '2026-01-15T09:00:00.000Z', created: '2020-06-15T09:20:00.000Z',
  },
  {
    name: 'Blue Badge parking scheme',
    org: 'bccTransport',
    desc: `A Blue Badge lets disabled people, or the people who drive them, park closer to where they need to go (for example on yellow lines for up to 3 hours, and in disabled parking bays). The badge belongs to the person, not the car.

You will get a badge automatically if you:
- get the higher rate of the mobility component of Disability Living Allowance (DLA)
- get Personal Independence Payment (PIP) and scored 8 points or more in "moving around", or 10 points in "planning and following journeys" because of overwhelming psychological distress
- are registered blind (severely sight impaired)
- get certain war pensions or armed forces compensation

You may also get one if you have a condition that means you cannot walk or find walking very difficult, or since August 2019 a non-visible (hidden) disability such as autism, a learning disability or a mental health condition that means you can't make a journey without a risk of serious harm, or it causes you very considerable psychological distress.

Children under 3 can get a badge if they need to be near a vehicle because of bulky medical equipment, or in case they need emergency treatment.

Apply online through GOV.UK (Brackenshire County Council decides the application). It costs £10. Badges last up to 3 years. We aim to decide within 12 weeks; if we need more evidence it can take longer.`,
    tax: ['bus-passes-and-concessions', 'travel-and-transport', 'council-services'],
    needs: ['sensory-and-physical-needs', 'visual', 'autism', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties'],
    suits: ['physical-disabilities', 'visual-and-or-hearing-impediment', 'autism', 'learning-difficulties'],
    min: 0, max: null, referral: false, free: false,
    costs: [['Blue Badge', 10, null]],
    locs: [],
    contacts: [{ name: 'Blue Badge team', title: null, email: 'bluebadge@brackenshire.gov.uk.example', phone: '01632 960403' }],
    lo: null,
    updated: '2026-06-16T09:00:00.000Z', created: '2020-06-15T09:30:00.000Z',
  },
  {
    name: 'Disabled person\u2019s bus pass',
    org: 'bccTransport',
    desc: `The free bus pass for disabled people under the English National Concessionary Travel Scheme. It gives free off-peak travel on local buses anywhere in England: from 9.30am to 11pm Monday to Friday, and all day at weekends and on bank holidays. In Brackenshire, disabled passholders can also travel free from 9am on weekdays on buses that start in the county.

You can get a pass if you:
- are blind or partially sighted
- are profoundly or severely deaf
- are without speech
- have a disability or injury that has a substantial and long-term effect on your ability to walk
- have no arms, or long-term loss of use of both arms
- have a learning disability (defined as a state of arrested or incomplete development of mind, including significant impairment of intelligence and social functioning)
- would be refused a driving licence on medical grounds (other than for drug or alcohol misuse)

There is no lower age limit in Brackenshire, but children under 5 travel free anyway. If you need someone with you to travel, you can ask for a companion pass (see "Companion bus pass").

Apply online or at any Brackenshire library with evidence (for example a letter about DLA or PIP, or a letter from a GP or consultant). The pass is free and lasts up to 5 years.`,
    tax: ['bus-passes-and-concessions', 'travel-and-transport'],
    needs: ['sensory-and-physical-needs', 'hearing', 'visual', 'cognition-and-learning'],
    suits: ['physical-disabilities', 'visual-and-or-hearing-impediment', 'learning-difficulties'],
    min: 5, max: null, referral: false, free: true,
    locs: ['ashcombeLibrary', 'kirkbyLibrary', 'wyvernLibrary', 'thornhollowLibrary', 'marstonLibrary'],
    contacts: [{ name: 'Concessionary Travel', title: null, email: 'buspass@brackenshire.gov.uk.example', phone: '01632 960404' }],
    lo: null,
    updated: '2026-09-30T09:00:00.000Z', created: '2020-06-15T09:40:00.000Z',
  },
];

export const housing = [
  {
    name: 'Disabled Facilities Grant (DFG) and home adaptations',
    org: 'hia',
    desc: `A Disabled Facilities Grant helps pay for adaptations to a disabled person's home so they can live there safely and independently, for example a ground-floor bedroom or bathroom, a level-access shower, a stairlift or through-floor lift, ramps, wider doors, or a safe space for a child with challenging behaviour.

In Brackenshire, grants are paid by the five district and borough councils (the housing authorities). Brackenshire Home Improvement Agency runs the process for all of them.

How it works:
1. An occupational therapist (OT) assesses the disabled person's needs. For children, this is the county council's Children's Occupational Therapy Team (ask through the Children's Advice and Duty Service, or through your social worker if you have one); for adults, an adult social care OT (ask through Adult Social Care Connect). There is currently a wait of about 16 weeks for non-urgent OT assessments.
2. The OT recommends adaptations to the district council.
3. The Home Improvement Agency helps you apply, draws up plans, gets quotes and manages the builders.
4. The council must decide within 6 months of a complete application.

Grants of up to £30,000 (mandatory grant), with a discretionary top-up of up to £20,000 in some districts where the mandatory grant is not enough. For a disabled child or young person under 19, there is no means test. For adults there is a means test. Owners, private tenants and housing association tenants can apply. Council housing tenants in Kirkby Lees (where the borough council still owns homes) are adapted through the council's housing revenue account instead.

Minor adaptations under £1,000 (grab rails, stair rails, key safes) are provided free by the county council without a grant.`,
    tax: ['homelessness-and-housing', 'independent-living-and-housing', 'council-services'],
    needs: ['sensory-and-physical-needs', 'autism', 'cognition-and-learning', 'visual', 'hearing'],
    suits: ['physical-disabilities', 'older-people', 'visual-and-or-hearing-impediment', 'autism', 'learning-difficulties'],
    min: 0, max: null, referral: true, free: true,
    locs: ['hia'],
    contacts: [{ name: 'Brackenshire Home Improvement Agency', title: null, email: 'help@brackenshirehia.org.uk.example', phone: '01632 960800' }],
    sched: [['Monday', '09:00', '16:30'], ['Tuesday', '09:00', '16:30'], ['Wednesday', '09:00', '16:30'], ['Thursday', '09:00', '16:30'], ['Friday', '09:00', '16:00']],
    lo: { d: null, a: ['', '', '', '', '', 'Ask for an OT assessment first (children: Disabled Children\u2019s Team; adults: adult social care). Then call the Home Improvement Agency.', ''] },
    updated: '2026-11-10T09:00:00.000Z', created: '2020-07-01T09:00:00.000Z',
  },
  {
    name: 'Housing options and homelessness advice (district and borough councils)',
    org: 'housingDistricts',
    desc: `If you are homeless or at risk of losing your home in the next 56 days, your district or borough council must help you (Housing Act 1996, Part 7, as amended by the Homelessness Reduction Act 2017). In Brackenshire, housing advice and the housing register are run by the district and borough councils, not the county council:
- Ashcombe District Council
- Kirkby Lees Borough Council
- Marston Fold District Council
- Thornhollow District Council
- Wyvern Bay Borough Council

Each council's Housing Options team can give advice on your rights as a tenant, help you keep your home, and help you find somewhere else to live. Each district has its own housing register (allocations policy). If you or a family member has a disability and your current home is unsuitable, you can ask for medical or welfare priority on the register; you may be asked for evidence from an OT or doctor.

Young people aged 16 or 17 who are homeless are first assessed jointly with Brackenshire County Council children's services.

Out of hours emergency homelessness line: 01632 960999 (all districts).`,
    tax: ['homelessness-and-housing'],
    needs: [],
    min: 16, max: null, referral: false, free: true,
    locs: ['wyvernCivic', 'kirkbyTownHall'],
    contacts: [
      { name: 'Housing Options (all district councils, main line)', title: null, email: null, phone: '01632 960801' },
      { name: 'Out of hours homelessness', title: null, email: null, phone: '01632 960999' },
    ],
    lo: null,
    updated: '2026-09-09T09:00:00.000Z', created: '2021-02-15T09:00:00.000Z',
  },
];
