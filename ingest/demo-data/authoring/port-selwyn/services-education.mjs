// Education entries in the FICTIONAL Port Selwyn Local Offer, as the council's education teams write them.
// Hand-written; see build-oruk-v1.mjs.

export default [
  {
    key: 'sen-support',
    org: 'pscc',
    name: 'SEN support in schools and the SENCO network',
    alternate_name: 'Graduated approach',
    description:
      'Most children and young people with special educational needs have their needs met in their local nursery, school or college through SEN support, without an EHC plan.\n\n' +
      'Every mainstream school in Port Selwyn has a special educational needs coordinator (SENCO) and must use its best endeavours to meet pupils\' special educational needs. Schools follow a "graduated approach" in four stages, known as assess, plan, do, review: the school identifies the need, agrees targets and support with you and your child, puts the support in place, and reviews progress with you at least three times a year. If progress is still limited, the school can bring in specialist advice such as the Educational Psychology Service, the Communication and Autism Outreach Team or speech and language therapy.\n\n' +
      'What schools should normally provide without a plan is set out in the Port Selwyn "Ordinarily Available Provision" guide, written with parents, SENCOs and the Parent Carer Forum. It covers each area of need, for example visual timetables, movement breaks, pre-teaching of vocabulary, small-group literacy and numeracy interventions, and adjustments to uniform and the school day.\n\n' +
      'Funding: schools have a notional SEN budget and are expected to fund up to £6,000 a year of additional support for a pupil. For pupils who need more than that, schools can apply to the council\'s Inclusion Funding Panel for short-term top-up funding (up to 2 terms) without an EHC plan.\n\n' +
      'The SENCO network meets every half term; SENCOs new to the role get a mentor and the council pays for the National Professional Qualification for SENCOs for maintained schools.\n\n' +
      'If you are worried about your child\'s progress, talk first to the class teacher or form tutor, then to the SENCO. Every school must publish a SEN information report on its website.',
    url: 'https://www.portselwyn.gov.uk.example/localoffer/sen-support',
    email: 'inclusion@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Information',
    attending_type: 'online',
    attending_access: null,
    assured_date: '2026-07-03',
    eligibility: [['child', 2, 18]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Inclusion Service', phones: ['01632 960930'] }],
    taxonomy: ['PSLO-31', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council (Dedicated Schools Grant, high needs block)'],
  },
  {
    key: 'send-team',
    org: 'pscc',
    name: 'SEND Team (0 to 25): EHC needs assessments and EHC plans',
    description:
      '<p>The SEND Team carries out education, health and care (EHC) needs assessments and writes, maintains and reviews EHC plans for children and young people aged 0 to 25 who live in Port Selwyn.</p>' +
      '<h3>Asking for an EHC needs assessment</h3>' +
      '<p>An EHC needs assessment may be needed when a child or young person has, or may have, special educational needs and the support available through SEN support is not enough. Parents, young people aged 16 to 25 and schools or colleges can ask us for an assessment. Other professionals (for example a health visitor or doctor) can tell us about a child. You do not need a diagnosis and you do not need the school\'s agreement to ask.</p>' +
      '<p>Send the request form with any reports you have. We will decide whether to assess within 6 weeks. If we agree, we ask for advice from you, your child, the school, an educational psychologist, health (through the Designated Clinical Officer), social care and anyone else relevant. If we decide a plan is needed, you will receive a draft plan and have 15 days to comment and to ask for a particular school or college to be named. The whole process must take no more than 20 weeks from the request to the final plan. In 2025, 58% of Port Selwyn plans were issued within 20 weeks; we are working to improve this and will tell you if yours will be late.</p>' +
      '<p>If we decide not to assess, or not to issue a plan, we will write to explain why and about your right to appeal to the First-tier Tribunal (SEND). Before appealing you must contact the mediation service (see SEND Mediation and Disagreement Resolution).</p>' +
      '<h3>Annual reviews</h3>' +
      '<p>Every EHC plan is reviewed at least once a year (every 3 to 6 months for children under 5). The school or college usually holds the meeting. From Year 9 every review must include preparing for adulthood. After the meeting we have 4 weeks to tell you whether we will keep the plan as it is, amend it or stop it. When a child moves from primary to secondary, the amended plan naming the new school must be issued by 15 February; for a move into post-16 education, by 31 March.</p>' +
      '<h3>Moving into Port Selwyn with an EHC plan</h3>' +
      '<p>Your old council must send your child\'s plan to us. Within 6 weeks we will tell you whether we plan to carry out a new assessment, and we will review the plan within 12 months of its last review or 3 months after the transfer, whichever is later. Please contact us as soon as you know you are moving so that we can help find a school place.</p>' +
      '<p>Each family has a named SEND case officer. You can ask for a personal budget for part of the provision in the plan (Children and Families Act 2014 section 49).</p>',
    url: 'https://www.portselwyn.gov.uk.example/ehc',
    email: 'sendteam@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'phone',
    attending_access: 'referral',
    assured_date: '2026-10-14',
    application_process: 'Use the online request form or download it and email it to sendteam@portselwyn.gov.uk.example. Port Selwyn SENDIASS can help you fill it in.',
    wait_time: 'Decision whether to assess: within 6 weeks. Final plan: within 20 weeks of the request (legal time limit).',
    eligibility: [['child', 0, 18], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [
      { name: 'SEND Team duty line', phones: ['01632 960931'] },
    ],
    schedules: [{ byday: 'MO,TU,WE,TH', opens: '09:00', closes: '16:30', description: 'Duty line Monday to Thursday 9am to 4.30pm, Friday 9am to 1pm' }, { byday: 'FR', opens: '09:00', closes: '13:00' }],
    taxonomy: ['PSLO-32', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council (Dedicated Schools Grant, high needs block)'],
  },
  {
    key: 'eps',
    org: 'pscc',
    name: 'Educational Psychology Service',
    description:
      'Educational psychologists (EPs) apply psychology to help children and young people aged 0 to 25 learn, develop and feel good about themselves. In Port Selwyn every school and early years setting has a link EP.\n\n' +
      'EPs usually work through the school: the SENCO brings a concern to a planning meeting, and the EP may consult with staff and parents, observe the child, carry out an assessment and suggest strategies and a plan. EPs also write the psychological advice for every EHC needs assessment, run training for school staff (for example on attachment, emotionally based school avoidance, precision teaching and ELSA), and support schools after a critical incident such as a death in the school community.\n\n' +
      'Parents cannot refer directly. If you think your child would benefit from EP involvement, speak to the SENCO.',
    url: 'https://www.portselwyn.gov.uk.example/eps',
    email: 'eps@portselwyn.gov.uk.example',
    fees: 'Free to families. Statutory work is free to schools; schools can buy extra EP time.',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2025-12-01',
    application_process: 'Through the school or early years setting\'s SENCO at a planning meeting.',
    eligibility: [['child', 0, 18], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    locations: ['civic'],
    contacts: [{ name: 'Educational Psychology Service', phones: ['01632 960932'] }],
    taxonomy: ['PSLO-33', 'PSLO-32', 'PSN-ALL', 'PSN-SEMH', 'PSN-SPLD'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'sensory-support',
    org: 'pscc',
    name: 'Sensory Support Service (hearing, vision and multi-sensory impairment)',
    description:
      'Qualified Teachers of the Deaf (QToDs), Qualified Teachers of Children and Young People with Vision Impairment (QTVIs), a multi-sensory impairment specialist teacher and a habilitation specialist support children and young people from birth to 25 with a diagnosed hearing, vision or multi-sensory impairment.\n\n' +
      'We visit babies and pre-school children at home and in nursery, and children and young people at school and college. We check and manage hearing technology such as radio aids, advise on modified large-print and braille materials and on access arrangements for exams, teach braille and touch typing, and run the habilitation programme (mobility, orientation and independent living skills for children with vision impairment). We train school staff and contribute advice to EHC needs assessments.\n\n' +
      'Eastcliff High School hosts the city\'s resourced provision for deaf pupils, staffed by our QToDs.\n\n' +
      'Families can also join our termly Sensory Family Days.',
    url: 'https://www.portselwyn.gov.uk.example/sensory-support',
    email: 'sensorysupport@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-04-28',
    application_process: 'Referral from audiology, the eye clinic, a paediatrician, or a school with a copy of the diagnosis. Parents can contact us directly if their child has a diagnosed hearing or vision loss.',
    eligibility: [['child', 0, 18], ['adult', 18, 25]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Sensory Support Service', phones: ['01632 960933'] }],
    languages: ['BSL'],
    taxonomy: ['PSLO-33', 'PSLO-14', 'PSN-HI', 'PSN-VI', 'PSN-MSI'],
    fundings: ['Port Selwyn City Council (Dedicated Schools Grant, high needs block)'],
  },
  {
    key: 'caot',
    org: 'pscc',
    name: 'Communication and Autism Outreach Team',
    alternate_name: 'CAOT',
    description:
      'Specialist teachers and support practitioners who help early years settings, schools and colleges to meet the needs of children and young people with social communication difficulties, including autistic pupils. A diagnosis is not needed.\n\n' +
      'The team advises on classroom strategies, sensory needs in school, unstructured times and transitions, and runs Autism Education Trust training for school staff, the "Cygnets" course for parents of newly diagnosed children, and a monthly parent drop-in at Eastcliff Family Hub.',
    url: 'https://www.portselwyn.gov.uk.example/caot',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-05-06',
    application_process: 'Schools request involvement through the Inclusion Service request form. Parents can book onto Cygnets and the drop-in themselves.',
    wait_time: 'Requests are prioritised at the monthly allocation meeting. Cygnets usually has a 3 to 4 month wait.',
    eligibility: [['child', 2, 19]],
    areas: ['Port Selwyn'],
    locations: ['hubEastcliff'],
    contacts: [{ name: 'Communication and Autism Outreach Team', phones: ['01632 960934'] }],
    schedules: [{ freq: 'MONTHLY', byday: '-1WE', opens: '09:30', closes: '11:30', description: 'Parent drop-in, last Wednesday of the month, Eastcliff Family Hub' }],
    taxonomy: ['PSLO-33', 'PSLO-31', 'PSN-ASD', 'PSN-SLCN'],
    fundings: ['Port Selwyn City Council (Dedicated Schools Grant, high needs block)'],
  },
  {
    key: 'early-years-send',
    org: 'pscc',
    name: 'Early Years SEND: Portage and Early Years Inclusion',
    description:
      'Support for babies and young children with SEND from birth until they start school, and for the nurseries, pre-schools and childminders who care for them.\n\n' +
      'Portage: a home-visiting educational service for pre-school children with significant developmental delay or disabilities. A Portage home visitor comes every week or fortnight to play with your child and you, setting small, achievable steps. Portage also runs the Stepping Stones group at Harbourside Family Hub on Thursday mornings.\n\n' +
      'Early Years Inclusion Officers: visit settings to advise on SEN support, help with transition into Reception, and can attend the 2-year integrated review meeting.\n\n' +
      'Funding for settings: the SEN Inclusion Fund (SENIF) gives settings extra money to support children with emerging SEN who use funded early education hours, without an EHC plan; settings apply each term. The Disability Access Fund is paid once a year to the setting for children aged 2 to 4 who get Disability Living Allowance and a funded place.\n\n' +
      'Funded early education: all 3 and 4 year olds get 15 hours a week; working families can get 30 hours from 9 months old; 2 year olds whose families get certain benefits, or who get DLA or have an EHC plan, get 15 hours. See the Family Information Service.',
    url: 'https://www.portselwyn.gov.uk.example/earlyyears-send',
    email: 'eysend@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-03-17',
    application_process: 'Portage: referral by a health visitor, paediatrician, therapist or the child\'s setting, with parents\' agreement. Parents can also call us to talk about a referral. Inclusion Officers: through the setting\'s SENCO.',
    wait_time: 'Portage: around 10 weeks to a first visit.',
    eligibility: [['child', 0, 5]],
    areas: ['Port Selwyn'],
    locations: ['hubHarbourside'],
    contacts: [{ name: 'Early Years SEND Team', phones: ['01632 960935'] }],
    schedules: [{ byday: 'TH', opens: '09:30', closes: '11:30', description: 'Stepping Stones Portage group (term time)' }],
    taxonomy: ['PSLO-34', 'PSLO-31', 'PSN-ALL', 'PSN-LD'],
    fundings: ['Port Selwyn City Council (Dedicated Schools Grant, early years and high needs blocks)'],
  },
  {
    key: 'medical-needs-education',
    org: 'pscc',
    name: 'Harbour Tuition Service: education for children unable to attend school because of health needs',
    description:
      'The council must arrange suitable full-time education (or as much as the child\'s health allows) for children of compulsory school age who cannot attend school because of illness, physical or mental (Education Act 1996, section 19). In Port Selwyn this is provided by the Harbour Tuition Service.\n\n' +
      'We teach:\n' +
      '- children on Puffin Ward at Port Selwyn General Hospital (the hospital classroom is open every weekday in term time)\n' +
      '- children at home or in small groups at our base, when a medical professional confirms they cannot attend school for more than 15 days in a row or for repeated shorter periods, for example during cancer treatment, after surgery or because of a serious mental health condition under CYPMHS care.\n\n' +
      'The child stays on the roll of their own school, and we plan a gradual return with the school from the start.\n\n' +
      'This service is not for pupils who are out of school because of exclusion or who do not have a school place; for them see the Inclusion Support Service and school admissions.',
    url: 'https://www.portselwyn.gov.uk.example/harbour-tuition',
    email: 'harbourtuition@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Training',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2025-10-20',
    application_process: 'The child\'s school makes the referral with written medical evidence from a consultant, community paediatrician or CYPMHS clinician. For hospital in-patients, the ward team refers.',
    wait_time: 'Tuition starts within 10 school days of an accepted referral (target).',
    eligibility: [['child', 5, 16]],
    areas: ['Port Selwyn'],
    locations: ['hospital'],
    contacts: [{ name: 'Harbour Tuition Service', phones: ['01632 960936'] }],
    taxonomy: ['PSLO-35', 'PSN-MED', 'PSN-SEMH'],
    fundings: ['Port Selwyn City Council (Dedicated Schools Grant, high needs block)'],
  },
  {
    key: 'inclusion-support',
    org: 'pscc',
    name: 'Inclusion Support Service: attendance, exclusions and alternative provision',
    description:
      'The Inclusion Support Service works with schools and families when a child is at risk of exclusion, not attending school, or needs alternative provision.\n\n' +
      'Attendance and emotionally based school avoidance (EBSA): our attendance advisers work with schools on support-first plans. Our "Back on Track" guidance for schools and parents explains how to spot anxiety-based non-attendance early and make reasonable adjustments such as a later start, a safe space and a key adult. We can join a school meeting with you.\n\n' +
      'Exclusions: if your child is suspended or permanently excluded, the school must tell you in writing, with the reasons. For a permanent exclusion, the governors must consider whether to reinstate your child, and you can ask for an independent review panel, with a SEN expert if your child has SEN. From the sixth school day of a permanent exclusion the council must provide full-time education; in Port Selwyn this is usually at The Anchorage, the city\'s pupil referral unit (PRU). Port Selwyn SENDIASS can advise and attend meetings with you.\n\n' +
      'If your child has an EHC plan and is at risk of exclusion, the school should hold an early (interim) annual review rather than exclude.\n\n' +
      'Education otherwise than at school (EOTAS): for a very small number of children with EHC plans, the council may agree that it would be inappropriate for the provision to be made in a school. This is decided through the annual review or EHC needs assessment process.',
    url: 'https://www.portselwyn.gov.uk.example/inclusion',
    email: 'inclusion@portselwyn.gov.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    attending_access: 'appointment',
    assured_date: '2026-01-29',
    eligibility: [['child', 4, 16]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Inclusion Support Service', phones: ['01632 960937'] }],
    taxonomy: ['PSLO-35', 'PSLO-31', 'PSN-SEMH', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council'],
  },
  {
    key: 'ehe',
    org: 'pscc',
    name: 'Elective Home Education',
    description:
      'Information for parents who choose to educate their child at home. If your child attends a special school under arrangements made by the council, you need the council\'s agreement before removing them from the roll. If your child has an EHC plan the plan stays in place and will be reviewed each year.\n\nThe Elective Home Education Adviser can visit to talk about your plans. Please note we do not provide tutors, resources or funding for home education.',
    url: 'https://www.portselwyn.gov.uk.example/ehe',
    email: 'ehe@portselwyn.gov.uk.example',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    assured_date: '2024-02-06',
    eligibility: [['child', 5, 16]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'EHE Adviser', phones: ['01632 960938'] }],
    taxonomy: ['PSLO-35'],
    fundings: ['Port Selwyn City Council'],
  },
];
