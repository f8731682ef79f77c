// Social care, family support and short breaks entries in the FICTIONAL Port Selwyn Local Offer, as the
// council's teams and local charities write them. Hand-written; see build-oruk-v1.mjs.

export default [
  {
    key: 'family-hubs',
    org: 'pscc',
    name: 'Port Selwyn Family Hubs and Early Help',
    description:
      'Port Selwyn has three family hubs: Harbourside (Ropewalk Lane), Selwyn North (Northway Community Campus) and Eastcliff (Cliff Road). Anyone with a child or young person aged 0 to 19, or up to 25 with SEND, can walk in.\n\n' +
      'At the hubs you can find stay and play sessions (including a weekly SEND stay and play at each hub), baby clinics with the health visitors, infant feeding support, parenting courses such as "Understanding your child" for parents of children with additional needs, help with money and debt, a sleep clinic run with the sleep practitioner, and drop-ins with Port Selwyn SENDIASS and the Parent Carer Forum.\n\n' +
      'Early Help: if your family needs more support than a course or a drop-in, an Early Help worker can do an Early Help Assessment with you (this replaced the old CAF). You agree a family plan together and meet regularly as a "team around the family" with school, health and others. Early help is voluntary: you have to agree to it. It can help with routines and behaviour at home, school attendance, parental conflict, housing worries and getting a diagnosis-led service to move faster by bringing the professionals together.\n\n' +
      'If you are worried that a child is at risk of harm, call the Children\'s Front Door on 01632 960897 (out of hours 01632 960896).',
    url: 'https://www.portselwyn.gov.uk.example/familyhubs',
    email: 'familyhubs@portselwyn.gov.uk.example',
    fees: 'Most sessions are free. Some courses ask for a £1 contribution towards refreshments.',
    deliverable_type: 'Advice',
    attending_type: 'venue',
    attending_access: 'drop-in',
    assured_date: '2026-10-02',
    application_process: 'Drop in, or phone the hub. For Early Help, you can ask yourself, or a school, nursery, health visitor or GP can ask for you with your agreement.',
    eligibility: [['family', 0, 25]],
    areas: ['Harbourside', 'Selwyn North', 'Eastcliff'],
    locations: ['hubHarbourside', 'hubNorth', 'hubEastcliff'],
    contacts: [{ name: 'Family hubs (all sites)', phones: ['01632 960920'] }],
    schedules: [
      { byday: 'MO,TU,WE,TH', opens: '08:30', closes: '17:00' },
      { byday: 'FR', opens: '08:30', closes: '16:30' },
      { byday: '1SA', freq: 'MONTHLY', opens: '10:00', closes: '12:00', description: 'First Saturday of the month: dads and male carers\' stay and play at Selwyn North' },
    ],
    languages: ['Polish', 'Arabic', 'Romanian', 'Kurdish'],
    taxonomy: ['PSLO-21', 'PSLO-42', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council', 'Department for Education (Family Hubs and Start for Life programme)'],
  },
  {
    key: 'dct',
    org: 'pscc',
    name: 'Disabled Children\'s Team',
    alternate_name: 'Children with Disabilities Team (CWD)',
    description:
      'The Disabled Children\'s Team is the social work team for children and young people aged 0 to 18 with a substantial and long-term disability: severe or profound learning disability, a significant physical disability, a sensory impairment, complex health needs, or autism with a severe learning disability or very significant needs at home.\n\n' +
      'What we do:\n' +
      '- Child and family assessments under section 17 of the Children Act 1989 (a disabled child is a "child in need"). The assessment looks at your child\'s needs, your family\'s needs and what support would help. It is completed within 45 working days.\n' +
      '- Support plans, which may include specialist short breaks (overnight at Tidewater House, family-based breaks, or care at home), direct payments, and services under section 2 of the Chronically Sick and Disabled Persons Act 1970.\n' +
      '- Parent carer needs assessments (section 17ZD Children Act 1989) for parents who care for a disabled child. You can ask for one even if your child is not open to us.\n' +
      '- The social care advice for EHC needs assessments and attending reviews where we are involved.\n' +
      '- Our two children\'s occupational therapists assess for equipment at home and for adaptations (see Home adaptations and Disabled Facilities Grants).\n\n' +
      'Children who do not meet our criteria can get support from Early Help, the Short Breaks Passport and universal services. If we decide not to assess or not to provide a service, we will tell you why in writing and how to complain.',
    url: 'https://www.portselwyn.gov.uk.example/disabled-childrens-team',
    email: 'dct@portselwyn.gov.uk.example',
    fees: 'No charge for assessment. Services for children are not charged for.',
    deliverable_type: 'Assessment',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-03-30',
    application_process: 'Contact the Children\'s Front Door (01632 960897). Parents can ask for an assessment themselves. Professionals should complete the multi-agency request for support form with the family\'s consent. Please include diagnosis letters and your child\'s EHC plan if they have one.',
    wait_time: 'Allocation to a social worker usually within 10 working days of a decision to assess.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [
      { name: 'Children\'s Front Door', phones: ['01632 960897'] },
      { name: 'Disabled Children\'s Team duty social worker', phones: ['01632 960921'] },
    ],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }],
    taxonomy: ['PSLO-22', 'PSLO-23', 'PSLO-24', 'PSN-LD', 'PSN-PMLD', 'PSN-PD', 'PSN-MSI', 'PSN-ASD'],
    fundings: ['Port Selwyn City Council Children\'s Social Care'],
  },
  {
    key: 'direct-payments',
    org: 'pscc',
    name: 'Direct payments for disabled children and young people',
    description:
      'A direct payment is money from the council, paid to you instead of the council arranging a service, so that you can choose and arrange support yourself. It is one way of receiving a personal budget. For example, families use direct payments to employ a personal assistant to take their child swimming, provide care at home, or to pay for a holiday club.\n\n' +
      'You can have a direct payment if your child has been assessed by the Disabled Children\'s Team as needing a service (Children Act 1989 section 17A). Parents of a child with an EHC plan can also ask for a personal budget for part of the special educational provision (Children and Families Act 2014 section 49), and families whose child receives NHS continuing care have a right to a personal health budget.\n\n' +
      'Payments go into a separate bank account or a pre-paid card. The Direct Payments Support Service (run by Selwyn Carers Centre on our behalf) helps with recruiting a personal assistant, payroll, insurance and employer responsibilities. You keep receipts and we check the account every 3 months.',
    url: 'https://www.portselwyn.gov.uk.example/directpayments-children',
    email: 'directpayments@portselwyn.gov.uk.example',
    fees: 'No charge. The hourly rate for a personal assistant is £15.20 an hour from April 2026.',
    deliverable_type: 'Financial Support',
    attending_type: 'phone',
    attending_access: 'referral',
    assured_date: '2026-04-20',
    application_process: 'Ask your social worker. If your child does not have a social worker, contact the Children\'s Front Door for an assessment first.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    contacts: [
      { name: 'Direct payments team', phones: ['01632 960922'] },
    ],
    costs: [{ option: 'Personal assistant hourly rate', amount: 15.2, amount_description: 'per hour, paid to you to cover a personal assistant', valid_from: '2026-04-01' }],
    taxonomy: ['PSLO-22', 'PSLO-23', 'PSLO-43', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council Children\'s Social Care'],
  },
  {
    key: 'young-carers',
    org: 'carers',
    name: 'Young Carers and Young Adult Carers',
    description:
      'Do you look after a brother or sister with a disability, or a parent who is ill? Then you might be a young carer. We support young carers aged 8 to 17 and young adult carers aged 18 to 25 in Port Selwyn.\n\n' +
      'We offer a young carers\' assessment (this is your right under section 17ZA of the Children Act 1989; we carry them out on behalf of the council), weekly clubs by age group, trips in the school holidays, 1-to-1 support, a Young Carers ID card you can show at school, and help for schools to spot and support young carers. Young adult carers get help with college, work and their own wellbeing.\n\n' +
      'Sibling Sessions: a monthly Saturday group for brothers and sisters of disabled children (ages 6 to 12).',
    url: 'https://www.selwyncarers.org.uk.example/young-carers',
    email: 'youngcarers@selwyncarers.org.uk.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-01-16',
    application_process: 'Young people can refer themselves, or a parent, school, GP or any professional can refer with the young person\'s agreement. Use the online form or phone.',
    wait_time: 'Assessment within 4 weeks.',
    eligibility: [['child', 6, 17], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    locations: ['carersCentre'],
    contacts: [{ name: 'Young carers team', phones: ['01632 960923'] }],
    schedules: [
      { byday: 'TU', opens: '16:00', closes: '18:00', description: 'Young carers club, ages 8 to 12 (term time)' },
      { byday: 'TH', opens: '17:00', closes: '19:00', description: 'Young carers club, ages 13 to 17 (term time)' },
      { freq: 'MONTHLY', byday: '2SA', opens: '10:00', closes: '12:30', description: 'Sibling Sessions, second Saturday of the month' },
    ],
    taxonomy: ['PSLO-24', 'PSLO-72'],
    fundings: ['Port Selwyn City Council', 'The National Lottery Community Fund'],
  },
  {
    key: 'adaptations',
    org: 'pscc',
    name: 'Home adaptations and Disabled Facilities Grants',
    description:
      'If your disabled child needs changes to your home to live safely and as independently as possible, such as a level-access shower, a stair lift or through-floor lift, a ground-floor bedroom or bathroom extension, or wider doors, you may be able to get a Disabled Facilities Grant (DFG).\n\n' +
      'How it works: first, one of the children\'s occupational therapists in the Disabled Children\'s Team assesses what your child needs. If adaptations are recommended, the Home Improvement Agency helps you apply for the DFG, get quotes and manage the work. DFGs are mandatory grants of up to £30,000. There is no means test for a grant for a disabled child or young person under 19. Council tenants\' adaptations are carried out by the housing service instead; housing association tenants should ask their landlord first.\n\n' +
      'Smaller equipment (bath seats, grab rails, specialist beds, toileting equipment) is provided on loan through the community equipment service after an OT assessment, free of charge.\n\n' +
      'Typical timescale from assessment to completed major works is 9 to 12 months.',
    url: 'https://www.portselwyn.gov.uk.example/dfg',
    email: 'hia@portselwyn.gov.uk.example',
    fees: 'Free assessment. DFG for children is not means tested. Work costing more than £30,000 may be topped up by a discretionary loan or grant.',
    deliverable_type: 'Financial Support',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-08-19',
    application_process: 'Ask for an occupational therapy assessment through the Children\'s Front Door (01632 960897) or through your social worker.',
    wait_time: 'OT assessment: about 12 weeks for non-urgent requests. Major works: 9 to 12 months overall.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Home Improvement Agency', phones: ['01632 960924'] }],
    costs: [{ option: 'Disabled Facilities Grant (maximum)', amount: 30000, amount_description: 'maximum mandatory grant' }],
    taxonomy: ['PSLO-25', 'PSLO-52', 'PSN-PD', 'PSN-PMLD'],
    fundings: ['Port Selwyn City Council Housing (Better Care Fund)'],
  },
  {
    key: 'pfa-team',
    org: 'pscc',
    name: 'Preparing for Adulthood Team (14 to 25)',
    description:
      'The Preparing for Adulthood (PfA) Team is a social care team that helps disabled young people and their families plan the move from children\'s to adult social care.\n\n' +
      'From around age 14, a PfA worker can join the young person\'s EHC plan annual review to start talking about what they want from adult life. Before 18 we carry out a transition assessment under section 58 of the Care Act 2014 when it is likely the young person will have care and support needs as an adult and it would be of significant benefit to assess now. It tells you whether the young person is likely to be eligible for adult social care, and what the support might look like. Parents and carers can also ask for a carer\'s transition assessment.\n\n' +
      'Children\'s services continue after 18 until adult support is in place (Care Act section 66), so nobody should be left without support on their birthday.\n\n' +
      'We also talk with young people about decision making from 16 (the Mental Capacity Act 2005), benefits (moving from DLA to PIP), housing options and day opportunities. Adult social care may charge for some services after 18, depending on a financial assessment.',
    url: 'https://www.portselwyn.gov.uk.example/preparing-for-adulthood',
    email: 'pfa@portselwyn.gov.uk.example',
    fees: 'Assessments are free. Adult social care services may be charged for after a financial assessment.',
    deliverable_type: 'Assessment',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-06-05',
    application_process: 'Young people open to the Disabled Children\'s Team are referred automatically at 14. Others can be referred by their school, college, SEND case officer, or by themselves or their family through Adult Social Care Connect (01632 960925).',
    eligibility: [['teen', 14, 17], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [{ name: 'Adult Social Care Connect', phones: ['01632 960925'] }],
    taxonomy: ['PSLO-53', 'PSLO-52', 'PSLO-22', 'PSN-LD', 'PSN-ASD', 'PSN-PD'],
    fundings: ['Port Selwyn City Council Adult Social Care', 'Port Selwyn City Council Children\'s Social Care'],
  },
  {
    key: 'sb-passport',
    org: 'pscc',
    name: 'Short Breaks Passport',
    description:
      'The Short Breaks Passport gives disabled children and young people aged 5 to 18 access to a set number of hours of short breaks each year, without needing a social work assessment. It replaced the Aiming High card in 2021.\n\n' +
      'With a passport you can book: Seahorse Play Project holiday schemes and Saturday clubs, Friday Night Crew youth club, inclusive sessions at Active Selwyn leisure centres, and activities from the approved list (updated each term). Each passport holder can use up to 60 hours a year. You can also choose a "passport payment" of £300 a year instead, to spend on activities that give you a break from caring.\n\n' +
      'Who can have one: children who live in Port Selwyn and have a disability or additional need that means they cannot take part in ordinary activities without support. For example, your child gets DLA, has an EHC plan, or a letter from a professional confirms their needs. Children who need more than this can ask the Disabled Children\'s Team for an assessment.\n\n' +
      'Our Short Breaks Services Statement, setting out the range of short breaks, who they are for and how we review them, is published on the Local Offer (Breaks for Carers of Disabled Children Regulations 2011).',
    url: 'https://www.portselwyn.gov.uk.example/shortbreakspassport',
    email: 'shortbreaks@portselwyn.gov.uk.example',
    fees: 'Free. Some activities ask for a small contribution (for example £2 a session towards trips).',
    deliverable_type: 'Financial Support',
    attending_type: 'online',
    attending_access: 'membership',
    assured_date: '2026-09-08',
    application_process: 'Apply online or ask for a paper form. Send one piece of evidence: DLA or PIP award letter, EHC plan, or a letter from a health professional, SENCO or social worker. Passports are renewed every 2 years.',
    wait_time: 'Passports are usually issued within 4 weeks.',
    eligibility: [['child', 5, 18]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Short breaks team', phones: ['01632 960926'] }],
    costs: [
      { option: 'Passport hours', amount: 0, amount_description: 'up to 60 hours of short breaks a year, free' },
      { option: 'Passport payment (instead of hours)', amount: 300, amount_description: 'per year, paid to the family' },
    ],
    taxonomy: ['PSLO-23', 'PSLO-73', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council Children\'s Social Care'],
  },
  {
    key: 'seahorse',
    org: 'seahorse',
    name: 'Seahorse Play Project: holiday playschemes and Saturday clubs',
    description:
      'Fun, safe play for disabled children aged 5 to 18 at The Boathouse, our purpose-built play centre on Harbour Road. Sessions are staffed at a ratio of at least 1 adult to 3 children, and 1 to 1 or 2 to 1 for children who need it. Our staff are trained in Makaton, moving and handling, and in giving medication including buccal midazolam and gastrostomy feeds (signed off by the children\'s community nurses).\n\n' +
      'Saturday Club: every Saturday in term time, 10am to 3pm.\n' +
      'Holiday playscheme: Monday to Thursday in Easter, summer (5 weeks) and October half term, 9.30am to 3.30pm, including trips to the beach and the farm park.\n' +
      'Little Seahorses: a Wednesday after-school session for 5 to 8 year olds.\n\n' +
      'Places can be paid for with the Short Breaks Passport, a direct payment, or privately. Lunch is provided; tell us about any special diet.',
    url: 'https://www.seahorseplay.org.uk.example',
    email: 'play@seahorseplay.org.uk.example',
    fees: 'Passport holders: free (uses passport hours). Private places £38 a day (1 to 3 support) or £65 a day (1 to 1 support).',
    accreditations: 'Ofsted registered on the Childcare Register',
    deliverable_type: null,
    attending_type: 'venue',
    attending_access: 'membership',
    assured_date: '2026-05-12',
    application_process: 'Call us to arrange a home visit before your child\'s first session. We need a completed registration and care plan form.',
    wait_time: 'Saturday Club has a waiting list of around 6 months. Holiday places are booked by term and fill quickly.',
    eligibility: [['child', 5, 18]],
    areas: ['Port Selwyn'],
    locations: ['seahorseBase'],
    contacts: [{ name: 'Seahorse office', phones: ['01632 960927'] }],
    schedules: [
      { byday: 'SA', opens: '10:00', closes: '15:00', description: 'Saturday Club, term time only' },
      { byday: 'WE', opens: '15:30', closes: '17:30', description: 'Little Seahorses (5 to 8), term time' },
    ],
    costs: [
      { option: 'Private place, 1 to 3 support', amount: 38, amount_description: 'per day' },
      { option: 'Private place, 1 to 1 support', amount: 65, amount_description: 'per day' },
    ],
    languages: ['Makaton'],
    taxonomy: ['PSLO-23', 'PSLO-73', 'PSLO-72', 'PSN-LD', 'PSN-ASD', 'PSN-PD', 'PSN-PMLD'],
    fundings: ['Port Selwyn City Council short breaks grant', 'Charitable donations'],
    reviews: [{ title: 'Ofsted inspection', description: 'Met the requirements of the Childcare Register.', date: '2025-06-24', score: 'Met' }],
  },
  {
    key: 'tidewater',
    org: 'pscc',
    name: 'Tidewater House: overnight short breaks',
    description:
      'Tidewater House is the council\'s six-bedroom short breaks home in Eastcliff. It offers planned overnight stays for children and young people aged 8 to 18 with severe learning disabilities, complex physical or health needs, or autism with very high support needs.\n\n' +
      'Children stay for between 1 and 4 nights a month, depending on their assessed needs, and go to school from Tidewater House as usual. Staff are trained to meet health needs under the direction of the children\'s community nursing team. There is a sensory room, a hot tub, an enclosed garden and a minibus.\n\n' +
      'A place is agreed through the Disabled Children\'s Team\'s assessment and the short breaks panel: you cannot book it directly. Introductory visits start with tea visits before a first overnight stay.\n\n' +
      'Family-based short breaks: some children stay instead with an approved short breaks foster carer (the Link Families scheme). Link Families is currently not taking new referrals while we recruit carers.',
    url: 'https://www.portselwyn.gov.uk.example/tidewater-house',
    email: 'tidewater@portselwyn.gov.uk.example',
    fees: 'Free following assessment',
    accreditations: 'Registered with Ofsted as a children\'s home',
    deliverable_type: null,
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-02-11',
    application_process: 'Through a child and family assessment by the Disabled Children\'s Team.',
    wait_time: 'Once approved by panel, a start date is usually offered within 3 months.',
    eligibility: [['child', 8, 18]],
    areas: ['Port Selwyn'],
    locations: ['tidewater'],
    contacts: [{ name: 'Tidewater House registered manager', phones: ['01632 960928'] }],
    taxonomy: ['PSLO-23', 'PSLO-22', 'PSN-LD', 'PSN-PMLD', 'PSN-ASD', 'PSN-MED'],
    fundings: ['Port Selwyn City Council Children\'s Social Care'],
    reviews: [{ title: 'Ofsted full inspection of a children\'s home', description: 'Overall experiences and progress of children and young people: good.', date: '2025-11-18', score: 'Good', url: 'https://reports.ofsted.gov.uk.example/tidewater-house' }],
  },
  {
    key: 'friday-night-crew',
    org: 'seahorse',
    name: 'Friday Night Crew',
    description:
      'Youth club for disabled young people aged 13 to 25 on Friday evenings at Selwyn North Family Hub. Music, cooking, games, Xbox, trips to bowling and the cinema, and a chance to hang out with friends. Young people plan the programme with the youth workers. Support workers can help with personal care. Young people over 18 can come with their own PA.',
    url: 'https://www.seahorseplay.org.uk.example/fnc',
    fees: '£3 per session, or use Short Breaks Passport hours (under 18s)',
    attending_type: 'venue',
    attending_access: 'membership',
    assured_date: '2025-03-14',
    eligibility: [['teen', 13, 17], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    locations: ['hubNorth'],
    contacts: [{ name: 'Youth worker', phones: ['01632 960929'] }],
    schedules: [{ byday: 'FR', opens: '18:00', closes: '20:30', description: 'Fridays 6pm to 8.30pm, all year except Christmas week' }],
    costs: [{ option: 'Session', amount: 3, amount_description: 'per session' }],
    taxonomy: ['PSLO-72', 'PSLO-23', 'PSN-LD', 'PSN-ASD'],
    fundings: ['Port Selwyn City Council short breaks grant'],
  },
];
