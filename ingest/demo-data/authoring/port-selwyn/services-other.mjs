// Information and advice, redress, preparing for adulthood, travel and leisure entries in the FICTIONAL
// Port Selwyn Local Offer. Hand-written; see build-oruk-v1.mjs.

export default [
  // ---- information, advice and support ------------------------------------------------------------
  {
    key: 'sendiass',
    org: 'tidelines',
    name: 'Port Selwyn SENDIASS (Special Educational Needs and Disabilities Information, Advice and Support Service)',
    alternate_name: 'Parent Partnership',
    description:
      'Free, confidential and impartial information, advice and support about SEND for parents and carers of children aged 0 to 25, and for children and young people themselves. We are run by Tidelines Advocacy and work at arm\'s length from the council and the NHS: we are on your side, not the council\'s or the school\'s. Every council must provide this service (Children and Families Act 2014, section 32).\n\n' +
      'We can help you:\n' +
      '- understand SEN support and what the school should be doing\n' +
      '- ask for an EHC needs assessment and fill in the forms\n' +
      '- understand a draft EHC plan and give your views\n' +
      '- prepare for and come with you to meetings, including annual reviews\n' +
      '- understand suspensions and exclusions\n' +
      '- find out about mediation, disagreement resolution and appeals to the First-tier Tribunal (SEND), and about complaints\n' +
      '- as a young person aged 16 to 25, have your say in decisions about your education\n\n' +
      'We run a helpline, email advice, drop-ins at the family hubs and workshops (e.g. "EHC plans explained", "Preparing for annual reviews"). We were previously called Parent Partnership.',
    url: 'https://www.portselwynsendiass.org.uk.example',
    email: 'sendiass@tidelines.org.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    attending_access: 'appointment',
    assured_date: '2026-08-26',
    application_process: 'Call the helpline, email, or fill in the online contact form. Professionals can refer with the family\'s consent.',
    wait_time: 'Helpline calls returned within 3 working days. Casework support depends on demand; currently about 3 weeks.',
    eligibility: [['family', 0, 25]],
    areas: ['Port Selwyn'],
    locations: ['sailLoft'],
    contacts: [{ name: 'SENDIASS helpline', phones: ['01632 960940'] }],
    schedules: [
      { byday: 'MO,TU,WE,TH', opens: '09:30', closes: '14:30', description: 'Helpline Monday to Thursday 9.30am to 2.30pm; voicemail at other times' },
    ],
    languages: ['Polish', 'Arabic'],
    interpretation_services: 'We can arrange a telephone interpreter for any language, free.',
    taxonomy: ['PSLO-41', 'PSLO-44', 'PSLO-32', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council', 'NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'pcf',
    org: 'pcf',
    name: 'Port Selwyn Parent Carer Forum',
    description:
      'We are a group of parents and carers of children and young people with SEND. We bring families\' experiences to the council, the NHS and schools so that services are planned with us, not just for us (co-production). We sit on the SEND Partnership Board and helped write the Ordinarily Available Provision guide and the Short Breaks Services Statement.\n\n' +
      'Join us (it is free) to get our newsletter, come to coffee mornings, take our surveys and join "Meet the Experts" sessions, where you can ask questions of people like the SEND Team manager, a community paediatrician or the travel assistance team. We also have a closed Facebook group for members.\n\n' +
      'We cannot help with individual cases, but we can tell you where to go: for advice about your child\'s education, contact Port Selwyn SENDIASS.\n\n' +
      'We are funded by a Department for Education grant through Contact, the national charity for families with disabled children, and are a member of the National Network of Parent Carer Forums.',
    url: 'https://www.pspcf.org.uk.example',
    email: 'hello@pspcf.org.uk.example',
    fees: 'Free membership',
    deliverable_type: 'Information',
    attending_type: 'venue',
    attending_access: 'membership',
    assured_date: '2026-02-19',
    eligibility: [['family', 0, 25]],
    areas: ['Port Selwyn'],
    locations: ['hubNorth'],
    contacts: [{ name: 'Forum coordinator', phones: ['01632 960941'] }],
    schedules: [{ freq: 'MONTHLY', byday: '1TH', opens: '10:00', closes: '12:00', description: 'Coffee morning, first Thursday of the month, Selwyn North Family Hub' }],
    taxonomy: ['PSLO-42', 'PSLO-41', 'PSN-ALL'],
    fundings: ['Department for Education (Parent Carer Forum grant, via Contact)'],
  },
  {
    key: 'fis',
    org: 'pscc',
    name: 'Family Information Service',
    description:
      'The Family Information Service (FIS) gives free information to families with children and young people aged 0 to 19 (up to 25 for young people with SEND). We can help you find childcare, including childminders, nurseries, pre-schools and holiday clubs that are experienced in caring for children with SEND; check what funded early education you can get; and find activities and services in Port Selwyn.\n\n' +
      'Funded early education: 15 hours a week for all 3 and 4 year olds from the term after their third birthday; up to 30 hours for working families from 9 months; 15 hours for some 2 year olds, including those who get DLA or have an EHC plan. Tax-Free Childcare can give you up to £4,000 a year towards childcare costs for a disabled child (£2,000 for other children).\n\n' +
      'Holiday Activities and Food (HAF) programme: free holiday clubs with a meal for children who get benefits-related free school meals, with places for children with SEND at every HAF scheme.\n\n' +
      'We also run the Local Offer website and welcome feedback on it: tell us what is missing or wrong and we will publish a response.',
    url: 'https://www.portselwyn.gov.uk.example/fis',
    email: 'fis@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Information',
    attending_type: 'phone',
    attending_access: null,
    assured_date: '2026-06-30',
    eligibility: [],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [{ name: 'Family Information Service', phones: ['01632 960942'] }],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }],
    taxonomy: ['PSLO-41', 'PSLO-45', 'PSLO-34', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'lighthouse',
    org: 'lighthouse',
    name: 'Lighthouse Parents Group (autism and ADHD)',
    description:
      'Friendly peer support group for parents and carers of children with autism or ADHD, diagnosed or waiting. Come for a cuppa and a chat with people who get it. Monthly evening meetings, sometimes with a speaker. Whatsapp group for members.',
    email: 'lighthouseparents@mailbox.example',
    fees: 'Free',
    attending_type: 'venue',
    attending_access: 'drop-in',
    assured_date: '2024-09-10',
    eligibility: [],
    areas: ['Eastcliff'],
    locations: ['hubEastcliff'],
    contacts: [],
    schedules: [{ freq: 'MONTHLY', byday: '2TU', opens: '19:00', closes: '21:00', description: '2nd Tuesday of the month 7-9pm' }],
    taxonomy: ['PSLO-42', 'PSN-ASD', 'PSN-ADHD'],
    fundings: [],
  },
  {
    key: 'mediation',
    org: 'coastline',
    name: 'SEND Mediation and Disagreement Resolution Service',
    description:
      'Coastline Mediation provides independent SEND mediation and disagreement resolution for Port Selwyn, free to families. We are not part of the council.\n\n' +
      'Disagreement resolution: if you disagree with a school, college, the council or the NHS about SEN provision, with or without an EHC plan, an independent facilitator can help everyone meet and find a way forward (Children and Families Act 2014, section 57). It is voluntary and can be used at any time.\n\n' +
      'Mediation before an appeal: if you want to appeal to the First-tier Tribunal (SEND) about an EHC needs assessment or plan, you must first contact a mediation adviser (unless your appeal is only about the school or college named in the plan). You can then choose whether to go to mediation. Either way we will give you a certificate within 3 working days of deciding not to mediate, or of mediation ending. Mediation must take place within 30 days. You can appeal within 2 months of the council\'s decision or 1 month of the certificate, whichever is later.\n\n' +
      'Mediation can also cover the health and social care parts of a plan. When you appeal about education, the Tribunal can also make (non-binding) recommendations about health and social care needs and provision.',
    url: 'https://www.coastlinemediation.co.uk.example/port-selwyn',
    email: 'send@coastlinemediation.co.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    attending_access: 'appointment',
    assured_date: '2026-04-07',
    application_process: 'Call or email us with your name, your child\'s name and the decision you disagree with.',
    eligibility: [['family', 0, 25]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Mediation adviser', phones: ['01632 960944'] }],
    taxonomy: ['PSLO-44', 'PSLO-32'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'complaints',
    org: 'pscc',
    name: 'Complaints about SEND services (council and NHS)',
    description:
      'If you are unhappy with a service, talking to the person or team involved usually sorts things out fastest. If it does not, you can complain.\n\n' +
      'Council services (for example the SEND Team, travel assistance, short breaks): use the council\'s complaints procedure. Stage 1: a manager replies within 10 working days. Stage 2: a senior officer reviews it within 20 working days. Complaints about children\'s social care follow the statutory three-stage children\'s complaints procedure, which includes an independent investigator at stage 2.\n\n' +
      'Schools: follow the school\'s own complaints policy, which ends with a governors\' panel. For academies you can then go to the Department for Education.\n\n' +
      'NHS services: talk to the Patient Advice and Liaison Service (PALS) of the trust, or make a formal complaint to the trust or to NHS Brackenshire and Wyvern ICB.\n\n' +
      'If you are still unhappy: the Local Government and Social Care Ombudsman looks at complaints about councils once you have been through the council\'s procedure, usually within 12 months of the problem. It cannot look at matters you can appeal to the First-tier Tribunal (SEND), but it can look at, for example, delays or provision in an EHC plan not being delivered. The Parliamentary and Health Service Ombudsman looks at complaints about the NHS. Port Selwyn SENDIASS can help you write a complaint.',
    url: 'https://www.portselwyn.gov.uk.example/complaints',
    email: 'complaints@portselwyn.gov.uk.example',
    deliverable_type: 'Information',
    attending_type: 'online',
    assured_date: '2026-09-03',
    eligibility: [],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Customer feedback team', phones: ['01632 960946'] }],
    taxonomy: ['PSLO-44'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'welfare-rights',
    org: 'pscc',
    name: 'Welfare Rights Service: benefits advice for families of disabled children',
    description:
      'Free, confidential benefits advice. Our advisers help families of disabled children and disabled young people with:\n' +
      '- Disability Living Allowance (DLA) for children under 16: checking whether to claim, and help with the form\n' +
      '- Personal Independence Payment (PIP) from age 16, including the move from DLA to PIP\n' +
      '- Carer\'s Allowance, if you care for someone 35 hours a week or more\n' +
      '- the disabled child element of Universal Credit\n' +
      '- mandatory reconsiderations and appeals\n' +
      '- Council Tax Disabled Band Reduction\n\n' +
      'We can also tell you about grants, such as the Family Fund (a national charity giving grants to families on a low income raising a disabled or seriously ill child aged 17 or under) and our own Household Support Fund.',
    url: 'https://www.portselwyn.gov.uk.example/welfarerights',
    email: 'welfarerights@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    attending_access: 'appointment',
    assured_date: '2026-05-05',
    application_process: 'Call the advice line for an appointment. Home visits are available for families who cannot get to us.',
    wait_time: 'About 2 weeks for an appointment. Appeals with a deadline are prioritised.',
    eligibility: [['family', 0, 99]],
    areas: ['Port Selwyn'],
    locations: ['civic', 'hubNorth'],
    contacts: [{ name: 'Welfare Rights advice line', phones: ['01632 960945'] }],
    schedules: [{ byday: 'MO,WE,FR', opens: '10:00', closes: '13:00', description: 'Advice line Monday, Wednesday and Friday mornings' }],
    languages: ['Polish'],
    taxonomy: ['PSLO-43', 'PSLO-41', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council'],
  },

  // ---- preparing for adulthood ---------------------------------------------------------------------
  {
    key: 'careers',
    org: 'futures',
    name: 'Selwyn Futures: careers advice for young people with SEND',
    description:
      'Selwyn Futures gives free, impartial careers information, advice and guidance to young people in Port Selwyn aged 13 to 19, and up to 25 for young people with an EHC plan.\n\n' +
      'Our SEND careers advisers attend Year 9 and later EHC plan reviews when invited, help young people think about what they want to do after school, visit college courses and supported internships with them, and help with applications. We also work with young people who are not in education, employment or training (NEET).\n\n' +
      'Drop in to our Market Square centre, Monday to Friday 10am to 4pm, or ask for an appointment at school.',
    url: 'https://www.selwynfutures.co.uk.example/send',
    email: 'talk@selwynfutures.co.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'venue',
    attending_access: 'drop-in',
    assured_date: '2025-11-26',
    eligibility: [['teen', 13, 19], ['adult', 19, 25]],
    areas: ['Port Selwyn'],
    locations: ['futuresShop'],
    contacts: [{ name: 'Selwyn Futures', phones: ['01632 960950'] }],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '10:00', closes: '16:00' }],
    taxonomy: ['PSLO-51', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'supported-internships',
    org: 'college',
    name: 'Supported Internships',
    description:
      'A supported internship is a one-year study programme for young people aged 16 to 24 with an EHC plan who want to move into paid work. You spend most of your week (about 70%) learning on the job with an employer, with support from a job coach, and the rest at college working on English, maths and employability skills. Internships are unpaid.\n\n' +
      'Our host employers in 2026-27 include Port Selwyn General Hospital (portering, catering, linen and pharmacy stores), Port Selwyn City Council (libraries, parks and the Civic Centre), and the Quayside Hotel. Each intern has up to three work rotations during the year.\n\n' +
      'The job coach supports you at work and then steps back as you learn the job. At the end of the year we help you apply for paid jobs, and Access to Work can fund a job coach in your new job. In 2025-26, 7 of our 12 interns moved into paid work.',
    url: 'https://www.portselwyncollege.ac.uk.example/supported-internships',
    email: 'internships@portselwyncollege.ac.uk.example',
    fees: 'Free',
    deliverable_type: 'Training',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-03-24',
    application_process: 'Talk to your school, your SEND case officer or Selwyn Futures. Applications by February for a September start, followed by a taster day and interview. You must have an EHC plan.',
    eligibility: [['teen', 16, 17], ['adult', 18, 24]],
    areas: ['Port Selwyn'],
    locations: ['collegeDockside', 'hospital'],
    contacts: [{ name: 'Supported internship coordinator', phones: ['01632 960951'] }],
    taxonomy: ['PSLO-51', 'PSN-LD', 'PSN-ASD'],
    fundings: ['Education and Skills Funding Agency (16-19 study programme)', 'Port Selwyn City Council (high needs funding)'],
  },
  {
    key: 'supported-employment',
    org: 'pscc',
    name: 'Employ Selwyn: supported employment',
    description:
      'Employ Selwyn helps people aged 16 and over with a learning disability, autism or a mental health condition find and keep paid work. Our employment advisers and job coaches help with CVs, finding the right job, interviews and learning the job in the workplace, and support employers to make reasonable adjustments.\n\n' +
      'Young people can also be supported onto traineeships and apprenticeships. We work closely with the Disability Employment Advisers at Port Selwyn Jobcentre Plus and can help you apply for Access to Work, the Department for Work and Pensions grant that pays for support at work such as a job coach, travel to work or equipment.\n\n' +
      'Referrals through your social worker or care manager, or contact Brackenshire CCG\'s Learning Disability Partnership.',
    url: 'https://www.portselwyn.gov.uk.example/employselwyn',
    email: 'employselwyn@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Training',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2022-05-31',
    eligibility: [['adult', 16, 64]],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [{ name: 'Employ Selwyn', phones: ['01632 960952'] }],
    taxonomy: ['PSLO-51', 'PSN-LD', 'PSN-ASD', 'PSN-SEMH'],
    fundings: ['Port Selwyn City Council Adult Social Care'],
  },
  {
    key: 'travel-training',
    org: 'pscc',
    name: 'Independent Travel Training',
    description:
      'One-to-one training for young people aged 11 to 25 with SEND to learn to travel safely on their own, for example to school, college or work. A travel trainer works with you on your route until you are confident, usually over 6 to 12 weeks: crossing roads, buying a ticket, what to do if the bus does not come, and keeping safe. ' +
      'Young people who complete the training and use the bus to get to school or college can keep a free bus pass. Parents are involved all the way through and sign off each step.',
    url: 'https://www.portselwyn.gov.uk.example/travel-training',
    email: 'travelassistance@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Training',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-01-12',
    application_process: 'Referral by the school or college, the SEND case officer or the travel assistance team, or ask us yourself.',
    wait_time: 'Up to 8 weeks; we try to start training in the summer term before a move to secondary school or college.',
    eligibility: [['child', 11, 18], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Travel Assistance Team', phones: ['01632 960955'] }],
    taxonomy: ['PSLO-52', 'PSLO-61', 'PSN-LD', 'PSN-ASD'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'supported-living',
    org: 'pscc',
    name: 'Housing and supported living for young adults with care needs',
    description:
      'Young adults with a learning disability, autism or other care and support needs have a range of housing options in Port Selwyn:\n' +
      '- Supported living: your own tenancy in a flat or shared house with support staff on site or visiting, arranged after a Care Act needs assessment by adult social care. Port Selwyn has 9 supported living schemes, including Harbour Court (8 flats with 24-hour staff) and Beacon Road (a 4-person shared house for young people moving on from residential college).\n' +
      '- Shared Lives: living with, or having day support or short breaks from, an approved Shared Lives carer in their home.\n' +
      '- General needs housing: you can join the housing register; medical or welfare priority can be given.\n' +
      '- Staying at home with the right support, including adaptations and a personal assistant.\n\n' +
      'Start planning early: talk about housing at Year 9 and later annual reviews and with the Preparing for Adulthood Team.',
    url: 'https://www.portselwyn.gov.uk.example/supported-living',
    email: 'housingoptions@portselwyn.gov.uk.example',
    fees: 'Rent and service charges apply (usually covered by Housing Benefit or Universal Credit). Care and support are charged according to a financial assessment.',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    attending_access: 'referral',
    assured_date: '2026-06-16',
    application_process: 'Through a Care Act assessment (Adult Social Care Connect, 01632 960925) and the housing register.',
    wait_time: 'Vacancies in supported living schemes depend on turnover; some young people wait more than a year.',
    eligibility: [['adult', 18, 99]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Housing Options (disability)', phones: ['01632 960954'] }],
    taxonomy: ['PSLO-52', 'PSLO-53', 'PSN-LD', 'PSN-ASD'],
    fundings: ['Port Selwyn City Council Adult Social Care', 'Port Selwyn City Council Housing'],
  },

  // ---- travel -----------------------------------------------------------------------------------------
  {
    key: 'send-travel',
    org: 'pscc',
    name: 'Travel assistance to school and college for children and young people with SEND',
    alternate_name: 'SEN transport',
    description:
      '<p>The council must arrange free travel to school for children of compulsory school age who cannot reasonably be expected to walk to their nearest suitable school because of their SEN, disability or mobility problems, even if the school is within the statutory walking distance (2 miles for children under 8, 3 miles for those aged 8 and over). This duty is in section 508B of the Education Act 1996. Having an EHC plan does not by itself mean a child is eligible.</p>' +
      '<p>Travel assistance can be: a bus pass (with independent travel training), a personal travel budget paid to parents to make their own arrangements (45p a mile for one return journey a day), or a place on a shared taxi or minibus with a passenger assistant where needed. Pick-up is from home or an agreed point.</p>' +
      '<p><strong>Post-16:</strong> the council does not have to provide free travel for students aged 16 to 18 but must publish a Post-16 Transport Policy Statement each year by 31 May (section 509AA). In Port Selwyn, eligible post-16 students with SEND pay a contribution of £540 a year (£270 for families on a low income). Learners aged 19 to 25 with an EHC plan are considered under section 508F.</p>' +
      '<p>Apply by 31 May for a September start. If we refuse, you can ask for a stage 1 review within 20 working days and then a stage 2 appeal to an independent panel.</p>',
    url: 'https://www.portselwyn.gov.uk.example/sen-travel',
    email: 'travelassistance@portselwyn.gov.uk.example',
    fees: 'Free for eligible children of compulsory school age. Post-16 contribution £540 a year, £270 for low-income families.',
    deliverable_type: 'Permission',
    attending_type: 'online',
    attending_access: 'referral',
    assured_date: '2026-05-29',
    application_process: 'Apply online with the school place offer letter and evidence of your child\'s needs. Paper forms from the Travel Assistance Team.',
    wait_time: 'Applications received by 31 May are arranged for the first day of the autumn term. Later applications take up to 20 working days.',
    eligibility: [['child', 4, 16], ['teen', 16, 18], ['adult', 19, 25]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Travel Assistance Team', phones: ['01632 960955'] }],
    costs: [
      { option: 'Post-16 contribution', amount: 540, amount_description: 'per academic year', valid_from: '2026-09-01', valid_to: '2027-07-31' },
      { option: 'Post-16 contribution (low income)', amount: 270, amount_description: 'per academic year', valid_from: '2026-09-01', valid_to: '2027-07-31' },
      { option: 'Personal travel budget', amount: 0.45, amount_description: 'per mile paid to parents' },
    ],
    taxonomy: ['PSLO-61', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'blue-badge',
    org: 'pscc',
    name: 'Blue Badge parking scheme',
    description:
      'A Blue Badge lets you park closer to where you need to go, for example on single or double yellow lines for up to 3 hours, if a disabled person travels in the car as a driver or passenger.\n\n' +
      'Children can have a badge from birth if they need to be kept near a vehicle for treatment or need bulky medical equipment (children under 3), or from age 3 if they cannot walk or find walking very difficult. Since August 2019 people with non-visible (hidden) disabilities, such as autism or anxiety, can qualify, for example if they would be at risk of serious harm on a journey or find journeys cause very considerable psychological distress. Some people qualify automatically, including those who get the higher rate mobility component of DLA.\n\n' +
      'Apply online on GOV.UK; we assess applications for Port Selwyn. Badges last up to 3 years.',
    url: 'https://www.portselwyn.gov.uk.example/bluebadge',
    email: 'bluebadge@portselwyn.gov.uk.example',
    fees: '£10',
    deliverable_type: 'Permission',
    attending_type: 'online',
    attending_access: null,
    assured_date: '2026-02-10',
    wait_time: 'Up to 12 weeks',
    eligibility: [['family', 0, 99]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Blue Badge team', phones: ['01632 960956'] }],
    costs: [{ option: 'Blue Badge', amount: 10, amount_description: 'per badge (3 years)' }],
    taxonomy: ['PSLO-62', 'PSN-ALL'],
    fundings: [],
  },
  {
    key: 'bus-pass',
    org: 'pscc',
    name: 'Disabled person\'s bus pass and companion pass',
    description:
      'Free travel on local buses anywhere in England for disabled residents of Port Selwyn aged 5 and over who meet the national criteria (for example, blind or partially sighted, profoundly deaf, without speech, unable to walk or with great difficulty walking, or a learning disability). Nationally the pass is valid from 9.30am to 11pm on weekdays and all day at weekends; in Port Selwyn it is also valid before 9.30am on Port Selwyn routes.\n\n' +
      'A companion pass lets someone travel free with the pass holder if the holder cannot travel alone.',
    url: 'https://www.portselwyn.gov.uk.example/buspass',
    email: 'concessionarytravel@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Permission',
    attending_type: 'online',
    assured_date: '2026-07-21',
    application_process: 'Apply online or at the Civic Centre with a recent photo, proof of address and evidence of disability (such as a DLA or PIP award letter, certificate of sight impairment, or a letter from a specialist).',
    wait_time: '4 weeks',
    eligibility: [['child', 5, 99]],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [{ name: 'Concessionary travel', phones: ['01632 960957'] }],
    taxonomy: ['PSLO-62', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council'],
  },

  // ---- leisure --------------------------------------------------------------------------------------
  {
    key: 'inclusive-sport',
    org: 'active',
    name: 'Inclusive sport and swimming at Active Selwyn',
    description:
      'Active Selwyn runs sport and swimming for disabled children, young people and adults at Eastcliff Leisure Centre and Northway Pool.\n\n' +
      'Swimming lessons: small-group lessons (1 teacher to 3) for children who need extra support, and 1 to 1 lessons. Sensory swim: a quieter public session with dimmed lights, no music and no inflatables, Sundays 8am to 9am at Eastcliff.\n' +
      'Ability Sports Club (ages 8 to 18): boccia, wheelchair basketball, new age kurling and football, Tuesdays 5pm to 6.30pm in the Eastcliff sports hall.\n\n' +
      'The Active Access card gives disabled people a 50% discount on activities, and a carer goes free.',
    url: 'https://www.activeselwyn.org.uk.example/inclusive',
    email: 'enquiries@activeselwyn.org.uk.example',
    fees: 'Small-group lessons £7.50 a session; sensory swim £2.90 (carer free); Ability Sports Club £3. Half price with an Active Access card.',
    attending_type: 'venue',
    attending_access: 'membership',
    assured_date: '2026-08-14',
    eligibility: [['child', 3, 18], ['adult', 18, 99]],
    areas: ['Eastcliff', 'Selwyn North'],
    locations: ['eastcliffLeisure', 'northwayPool'],
    contacts: [{ name: 'Eastcliff Leisure Centre reception', phones: ['01632 960958'] }],
    schedules: [
      { byday: 'SU', opens: '08:00', closes: '09:00', description: 'Sensory swim, Eastcliff' },
      { byday: 'TU', opens: '17:00', closes: '18:30', description: 'Ability Sports Club, Eastcliff sports hall' },
    ],
    costs: [
      { option: 'Small-group swimming lesson', amount: 7.5, amount_description: 'per session' },
      { option: 'Sensory swim', amount: 2.9, amount_description: 'per person; carer free' },
      { option: 'Ability Sports Club', amount: 3, amount_description: 'per session' },
    ],
    taxonomy: ['PSLO-71', 'PSN-ALL', 'PSN-PD', 'PSN-ASD'],
    fundings: ['Port Selwyn City Council', 'Active Selwyn Leisure Trust'],
  },
  {
    key: 'warm-water',
    org: 'active',
    name: 'Warm water family swim (Northway teaching pool)',
    description:
      'Warm water (32°C) sessions in the teaching pool for families with disabled children, with a ceiling hoist and a poolside changing bed. CLOSED until further notice while the pool hall roof is repaired; we expect to reopen in spring 2027.',
    fees: '£4 per family',
    status: 'temporarily closed',
    attending_type: 'venue',
    attending_access: 'drop-in',
    assured_date: '2026-09-19',
    eligibility: [['family', 0, 18]],
    areas: ['Selwyn North'],
    locations: ['northwayPool'],
    contacts: [{ name: 'Northway Pool', phones: ['01632 960959'] }],
    schedules: [{ byday: 'SA', opens: '14:00', closes: '15:00' }],
    holidays: [{ closed: true, start: '2026-09-01', end: '2027-04-30' }],
    taxonomy: ['PSLO-71', 'PSN-PD', 'PSN-PMLD'],
  },
  {
    key: 'libraries',
    org: 'pscc',
    name: 'Libraries: relaxed and sensory sessions',
    description:
      'Port Selwyn Libraries welcome everyone. Sensory storytime for under-5s with additional needs (Central Library, Mondays 10.30am, term time), Makaton rhyme time at Northway Library (Fridays 10am), and a quiet hour at Central Library every Saturday from 9am to 10am with lights lowered and no announcements. ' +
      'You can borrow sensory story sacks, Reading Well books for children and teenagers on topics including autism, anxiety and feelings, and dyslexia-friendly and large-print books. Library membership is free and there are no fines on children\'s books.',
    url: 'https://www.portselwyn.gov.uk.example/libraries',
    email: 'libraries@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Information',
    attending_type: 'venue',
    attending_access: 'drop-in',
    assured_date: '2026-04-03',
    eligibility: [['child', 0, 18]],
    areas: ['Harbourside', 'Selwyn North'],
    locations: ['centralLibrary', 'northwayLibrary'],
    contacts: [{ name: 'Central Library', phones: ['01632 960960'] }],
    schedules: [
      { byday: 'MO', opens: '10:30', closes: '11:15', description: 'Sensory storytime, Central Library (term time)' },
      { byday: 'FR', opens: '10:00', closes: '10:45', description: 'Makaton rhyme time, Northway Library' },
      { byday: 'SA', opens: '09:00', closes: '10:00', description: 'Quiet hour, Central Library' },
    ],
    languages: ['Makaton'],
    taxonomy: ['PSLO-71', 'PSLO-72', 'PSN-ALL', 'PSN-SLCN'],
    fundings: ['Port Selwyn City Council'],
  },
];
