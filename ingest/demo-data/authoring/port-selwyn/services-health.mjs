// Health entries in the FICTIONAL Port Selwyn Local Offer, as the NHS trusts, the ICB and the 0-19 provider
// keep them in the council's directory. Hand-written; see build-oruk-v1.mjs.

export default [
  {
    key: 'salt',
    org: 'bcht',
    name: 'Children\'s Speech and Language Therapy (Port Selwyn)',
    alternate_name: 'SALT',
    description:
      '<p>We assess and support children and young people who have difficulties with speech, language, communication or with eating, drinking and swallowing.</p>' +
      '<p>We see children with:</p><ul><li>delayed or disordered speech sounds</li><li>difficulty understanding or using language</li>' +
      '<li>stammering</li><li>voice problems</li><li>social communication difficulties, including autistic children (we do not diagnose autism)</li>' +
      '<li>selective mutism</li><li>eating, drinking and swallowing (dysphagia) difficulties, including children who need texture-modified diets or are tube fed</li></ul>' +
      '<p>Most pre-school children are seen at a clinic or at home first. School-age children are usually seen in school, where we set targets with the class teacher and SENCO and train the staff who will carry out the programme day to day. ' +
      'Children with an EHC plan get the speech and language therapy written in section F of their plan. Our dysphagia team works across home, school and Puffin Ward.</p>' +
      '<p>We also run free Talk Together workshops for parents of 2 to 3 year olds at the family hubs (no referral needed).</p>',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/childrens-salt-port-selwyn',
    email: 'bcht.salt.portselwyn@nhs.net.example',
    fees: 'Free (NHS)',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-06-18',
    application_process:
      'Parents and carers can refer a child under 5 themselves using the online request for help form or by phone. For school-age children the referral must come from the school SENCO (with your consent) or a health professional, using the school-age referral form. Please send any reports you already have, such as from a hearing test. For eating, drinking or swallowing concerns a GP, paediatrician, health visitor or school nurse must refer; call us the same day if your child is choking or chesty after meals.',
    wait_time:
      'Routine: about 16 weeks from referral to first appointment (October 2026). Dysphagia referrals are prioritised and urgent ones are seen within 2 working days.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['mariners', 'seaward', 'eastcliffClinic'],
    contacts: [{ name: 'Children\'s therapies single point of access', phones: ['01632 960901'] }],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '08:30', closes: '16:30', description: 'Phone line Monday to Friday 8.30am to 4.30pm' }],
    languages: ['Polish', 'Portuguese', 'British Sign Language (interpreter booked on request)'],
    interpretation_services: 'Interpreters are booked for appointments free of charge. Please tell us when you are referred.',
    taxonomy: ['PSLO-11', 'PSN-SLCN', 'PSN-ASD', 'PSN-MED'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
    accreditations: 'CQC registered (Brackenshire Community Health NHS Trust). Staff registered with the HCPC.',
  },
  {
    key: 'ot',
    org: 'bcht',
    name: 'Children\'s Occupational Therapy',
    description:
      'Children\'s occupational therapists help children and young people aged 0 to 18 to do the everyday things they need and want to do: dressing, eating, using the toilet, handwriting and using scissors, playing and taking part at school.\n\n' +
      'We see children whose difficulties are due to a physical disability, a neurological condition, developmental coordination disorder (DCD, sometimes called dyspraxia) or a learning disability. ' +
      'Our DCD pathway runs with the physiotherapy team: the school first works through our "Move, Make, Write" programme for a term, and then we assess if difficulties continue.\n\n' +
      'We do not provide assessment or therapy for sensory processing difficulties on their own. Families can watch our recorded sensory workshop on our website and schools can ask the Communication and Autism Outreach Team for advice.\n\n' +
      'Equipment for daily living at home (such as bath seats, stair rails, specialist seating) and adaptations to the home are provided by the council\'s children\'s occupational therapists in the Disabled Children\'s Team, not by us. We provide equipment needed for school and for positioning.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/childrens-ot',
    email: 'bcht.childrensot@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-02-03',
    application_process:
      'Referrals from GPs, paediatricians, physiotherapists, health visitors, school nurses and school SENCOs. For coordination difficulties the school must send evidence that the Move, Make, Write programme has been tried for at least 10 weeks. We cannot accept referrals directly from parents.',
    wait_time: 'Around 30 weeks for routine assessment. Children with a deteriorating condition or needing equipment to be safe are seen sooner.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn', 'Brackenshire'],
    locations: ['seaward'],
    contacts: [{ name: 'Children\'s therapies single point of access', phones: ['01632 960901'] }],
    taxonomy: ['PSLO-11', 'PSN-PD', 'PSN-DCD', 'PSN-LD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'physio',
    org: 'bcht',
    name: 'Children\'s Physiotherapy',
    description:
      'Assessment and treatment for babies, children and young people with movement difficulties: delayed motor development, cerebral palsy and other neurological conditions, neuromuscular conditions, genetic conditions affecting movement, and after orthopaedic surgery. ' +
      'Includes postural management (standing frames, sleep systems, 24-hour postural care), orthotics referral, hydrotherapy blocks at Northway Pool, and a joint DCD pathway with occupational therapy. ' +
      'Musculoskeletal problems in older children (sports injuries, back pain) are seen by the MSK physiotherapy service: ask your GP.\n\n' +
      'Sessions are at Seaward Child Development Centre, at school or at home depending on need. We write therapy advice for EHC needs assessments and attend annual reviews where physiotherapy is in a child\'s plan.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/childrens-physio',
    email: 'bcht.childrensphysio@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-01-22',
    application_process: 'Referral from a GP, paediatrician, health visitor or other health professional. Schools can refer with a parent\'s consent if the child already has an EHC plan.',
    wait_time: 'Babies under 1: 4 to 6 weeks. Other routine referrals: around 14 weeks.',
    eligibility: [['child', 0, 19]],
    areas: ['Port Selwyn'],
    locations: ['seaward', 'northwayPool'],
    contacts: [{ name: 'Children\'s therapies single point of access', phones: ['01632 960901'] }],
    taxonomy: ['PSLO-11', 'PSN-PD', 'PSN-DCD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'cdc',
    org: 'bcht',
    name: 'Seaward Child Development Centre and Community Paediatrics',
    description:
      'Seaward Child Development Centre (CDC) is where the community paediatricians, therapists and nursery nurses work together for children with developmental needs.\n\n' +
      'Community paediatricians see children and young people up to 18 with:\n' +
      '- global developmental delay (a child under 5 who is slow to reach milestones in two or more areas, for example walking and talking)\n' +
      '- learning disabilities and genetic conditions such as Down syndrome\n' +
      '- cerebral palsy and other physical disabilities (jointly with the hospital paediatric neurologist)\n' +
      '- children in care (statutory health assessments)\n' +
      '- suspected autism in children under 5 (the under-5 social communication pathway)\n' +
      '- sleep difficulties linked to a neurodisability (our sleep practitioner runs a clinic and group for parents)\n\n' +
      'For autism and ADHD assessment in children aged 5 and over, see the Neurodevelopmental Assessment Pathway.\n\n' +
      'Under-5s with complex needs may be offered the Seaward Assessment Nursery: a 6-week block of two mornings a week where your child is observed in play by the team, ending in a joint report. ' +
      'The CDC tells the council\'s SEND Team about young children who probably have SEN or a disability (Children and Families Act 2014 section 23), with your knowledge, so that early years support can start.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/seaward-cdc',
    email: 'bcht.seawardcdc@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-04-11',
    application_process: 'Referral by a GP, health visitor, hospital doctor or therapist. We do not accept self-referrals. Please ask the referrer to include the health visitor\'s developmental review (ASQ-3) if your child has had one.',
    wait_time: 'First paediatric appointment: around 22 weeks. Under-5 social communication pathway: around 40 weeks from referral to outcome.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['seaward'],
    contacts: [
      { name: 'Seaward CDC reception', phones: ['01632 960904'] },
      { name: 'Sleep practitioner', title: 'Sleep practitioner (neurodisability)', phones: ['01632 960904'] },
    ],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '08:30', closes: '17:00' }],
    taxonomy: ['PSLO-16', 'PSLO-13', 'PSN-LD', 'PSN-PD', 'PSN-ASD', 'PSN-PMLD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
    reviews: [{ title: 'CQC inspection: community health services for children, young people and families', description: 'Rated Good overall; Outstanding for caring.', date: '2024-03-05', score: 'Good', url: 'https://www.cqc.org.uk.example/provider/bcht' }],
  },
  {
    key: 'nd-pathway',
    org: 'bcht',
    name: 'Neurodevelopmental Assessment Pathway (autism and ADHD), ages 5 to 18',
    alternate_name: 'ND pathway',
    description:
      'The neurodevelopmental (ND) pathway assesses school-age children and young people for autism and ADHD. It is run jointly by Brackenshire Community Health NHS Trust (community paediatrics) and Brackenshire Partnership NHS Foundation Trust (CYPMHS).\n\n' +
      'What happens: once a referral is accepted, we send questionnaires to you and to school. A clinician reviews them and decides which assessments are needed. Autism assessment usually includes a developmental history with parents and an observation (ADOS-2) with your child. ADHD assessment includes questionnaires, a school observation and a QbTest where suitable. We tell you the outcome in a feedback appointment and send a written report.\n\n' +
      'Waiting: we know the wait is very long. While you wait, your child does not need a diagnosis to get support at school: the school should put support in place based on need (the graduated approach), and an EHC needs assessment can be requested without a diagnosis. ' +
      'Families can also use the Lighthouse Parents Group, the family hubs\' "Understanding your child" course and Port Selwyn SENDIASS.\n\n' +
      'Right to choose: in England, if your GP agrees a referral for an autism or ADHD assessment is needed, you have a legal right to ask to be referred to another NHS-contracted provider instead. Talk to your GP; shared care arrangements for ADHD medication afterwards depend on the GP practice.\n\n' +
      'After diagnosis: families are offered a post-diagnosis workshop (autism: 4 sessions; ADHD: 3 sessions) and a written plan. Children diagnosed with ADHD who start medication are reviewed by the ADHD nurse clinic until stable and then shared with the GP.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/nd-pathway',
    email: 'bcht.ndpathway@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-09-30',
    application_process:
      'Referrals are accepted from school SENCOs (using the ND referral form, with evidence of at least two terms of support at SEN support), GPs, paediatricians and CYPMHS. A referral from a GP alone must include information from school. Parents cannot refer directly. Children under 5 go through the Seaward CDC under-5 pathway instead.',
    wait_time: 'Currently around 58 weeks from acceptance to first assessment appointment for autism, and 64 weeks for ADHD (September 2026).',
    eligibility: [['child', 5, 18]],
    areas: ['Port Selwyn'],
    locations: ['seaward', 'anchor'],
    contacts: [{ name: 'ND pathway administration', phones: ['01632 960905'] }],
    schedules: [{ byday: 'MO,TU,WE,TH', opens: '09:00', closes: '15:00', description: 'Phone line Monday to Thursday 9am to 3pm' }],
    taxonomy: ['PSLO-16', 'PSN-ASD', 'PSN-ADHD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'cypmhs',
    org: 'bpft',
    name: 'CYPMHS Port Selwyn (Children and Young People\'s Mental Health Service)',
    alternate_name: 'CAMHS',
    description:
      'CYPMHS (still often called CAMHS) is the NHS specialist mental health service for children and young people up to their 18th birthday who have moderate to severe mental health difficulties, for example depression, significant anxiety (including anxiety that stops a young person going to school), obsessive compulsive disorder, self-harm, trauma, psychosis or eating disorders.\n\n' +
      'Help is offered by psychiatrists, psychologists, mental health nurses, family therapists and therapists trained in CBT and other talking therapies. Support may be individual, with the family or in groups. We have a learning disability and autism specialist worker who can adapt assessment and therapy.\n\n' +
      'Eating disorders: the Community Eating Disorder Service for Children and Young People (CEDS-CYP) is part of CYPMHS and accepts referrals directly from GPs; urgent cases are seen within 1 week and routine within 4 weeks.\n\n' +
      'Crisis: if a child or young person is at immediate risk, call 999 or go to A&E. For urgent mental health help at any time, call NHS 111 and choose the mental health option, or call the Brackenshire Partnership 24-hour crisis line on 01632 960907.\n\n' +
      'For milder worries, such as exam stress or low mood, speak to the school (many schools have a Mental Health Support Team) or to the school nurse first.',
    url: 'https://www.brackenshirepartnership.nhs.uk.example/cypmhs/port-selwyn',
    email: 'bpft.cypmhs.portselwyn@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Counselling',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-05-27',
    application_process:
      'Referrals come through the CYPMHS single point of access from GPs, school nurses, schools, social workers and other professionals. Young people aged 16 and 17 can refer themselves by phone. Every referral is screened within 5 working days and you will be told what happens next, including if another service would suit better.',
    wait_time: 'Urgent: seen within 7 days. Routine: about 18 weeks to first appointment, then a further wait for some treatments (psychology around 26 weeks).',
    eligibility: [['child', 0, 17]],
    areas: ['Port Selwyn'],
    locations: ['anchor'],
    contacts: [
      { name: 'CYPMHS single point of access', phones: ['01632 960906'] },
      { name: '24-hour mental health crisis line', phones: ['01632 960907'] },
    ],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00', description: 'Single point of access office hours. Crisis line open 24 hours.' }],
    languages: ['pl', 'ro', 'ar'],
    taxonomy: ['PSLO-12', 'PSN-SEMH', 'PSN-ASD', 'PSN-LD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'mhst',
    org: 'bpft',
    name: 'Mental Health Support Teams in schools (Harbour MHST)',
    description:
      'Harbour MHST works in 24 Port Selwyn schools and the college. Education mental health practitioners offer short pieces of evidence-based help (usually 6 to 8 sessions) for mild to moderate anxiety, low mood and worries, including parent-led CBT for children under 12. ' +
      'They also help schools with whole-school approaches to wellbeing and support the school\'s senior mental health lead. Ask the school whether it is part of the MHST programme.',
    url: 'https://www.brackenshirepartnership.nhs.uk.example/harbour-mhst',
    fees: 'Free',
    deliverable_type: 'Counselling',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2025-12-04',
    application_process: 'Through the school\'s mental health lead or SENCO. Not available to children at schools outside the programme.',
    eligibility: [['child', 5, 18]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'Harbour MHST team leader', phones: ['01632 960908'] }],
    taxonomy: ['PSLO-12', 'PSN-SEMH'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board', 'NHS England (Mental Health Support Teams programme)'],
  },
  {
    key: 'ccn',
    org: 'bcht',
    name: 'Children\'s Community Nursing Team (including complex care and palliative care)',
    description:
      'Our children\'s nurses care for babies, children and young people at home, at school and in the community so that they can spend less time in hospital.\n\n' +
      'We support:\n' +
      '- children with complex health needs, for example those who are tube fed (gastrostomy), have a tracheostomy, need oxygen or long-term ventilation\n' +
      '- children recently discharged from Puffin Ward who need short-term nursing (wound care, intravenous antibiotics at home)\n' +
      '- children with life-limiting and life-threatening conditions and their families, including end of life care at home, working with the children\'s hospice and the palliative care consultant\n\n' +
      'We train school and short-breaks staff to carry out health tasks (for example gastrostomy feeding or rescue medication for seizures) and sign them off as competent. We write the health advice for EHC needs assessments and individual healthcare plans where we are involved.\n\n' +
      'Continuing care: if your child has very complex needs that cannot be met by universal and specialist services alone, we can start a children and young people\'s continuing care assessment (National Framework for Children and Young People\'s Continuing Care, 2016). The ICB decides eligibility. Packages can be delivered as a personal health budget.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/childrens-community-nursing',
    email: 'bcht.ccnportselwyn@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'home visit',
    attending_access: 'referral',
    assured_date: '2026-07-14',
    application_process: 'Referral from hospital teams, GPs, community paediatricians and specialist nurses. Families already on our caseload can contact the team directly at any time.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['mariners'],
    contacts: [
      { name: 'Children\'s community nursing office', phones: ['01632 960909'] },
    ],
    schedules: [
      { byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '08:00', closes: '20:00', description: '8am to 8pm, 7 days a week. Families receiving end of life care have 24-hour on-call access.' },
    ],
    taxonomy: ['PSLO-13', 'PSN-MED', 'PSN-PMLD', 'PSN-PD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'continence',
    org: 'bcht',
    name: 'Children\'s Bladder and Bowel Service',
    description:
      'Specialist nurse-led service for children and young people with bladder and bowel problems that have not got better with first-line advice: daytime wetting, bedwetting (enuresis) over the age of 7, constipation and soiling, and toilet training for children with additional needs.\n\n' +
      'Bedwetting in children aged 5 to 7 and straightforward constipation are first seen by the school nurse or GP, who can refer on. We assess children with disabilities who are not toilet trained from the age of 4 and can supply continence products (nappies or pads) after assessment: up to 4 products a day, delivered every 12 weeks. We review product supply every year and work with families on a toileting plan before supplying products.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/bladder-bowel',
    email: 'bcht.continence@nhs.net.example',
    fees: 'Free. Products above the assessed amount must be bought privately.',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2025-04-02',
    application_process: 'Referral from a school nurse, health visitor, GP or paediatrician.',
    wait_time: '12 to 16 weeks',
    eligibility: [['child', 4, 19]],
    areas: ['Port Selwyn', 'Brackenshire'],
    locations: ['mariners', 'eastcliffClinic'],
    contacts: [{ name: 'Bladder and bowel service', phones: ['01632 960910'] }],
    taxonomy: ['PSLO-13', 'PSN-MED', 'PSN-LD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'audiology',
    org: 'psht',
    name: 'Paediatric Audiology',
    description:
      'Hearing tests for babies and children of all ages, including children who find testing hard (we have a play-based test room and can do visual reinforcement audiometry). ' +
      'We follow up babies referred from the newborn hearing screening programme, fit and maintain hearing aids (free, NHS), take earmould impressions, and run the glue ear clinic with ENT. ' +
      'Children with a permanent hearing loss are referred, with parents\' consent, to the council\'s Sensory Support Service for a Qualified Teacher of the Deaf. Cochlear implant assessment is at the regional implant centre.\n\n' +
      'Lost or broken hearing aid? Come to the repair drop-in, Tuesdays and Thursdays 1.30pm to 3.30pm, no appointment needed.',
    url: 'https://www.portselwynhospitals.nhs.uk.example/paediatric-audiology',
    email: 'psht.audiology@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-01-20',
    application_process: 'Referral from GP, health visitor, school nurse, speech and language therapist or paediatrician. Newborn screening referrals come automatically.',
    wait_time: 'Around 6 weeks (target under 6 weeks for diagnostic tests).',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['hospital'],
    contacts: [{ name: 'Audiology appointments', phones: ['01632 960911'] }],
    schedules: [
      { byday: 'TU', opens: '13:30', closes: '15:30', description: 'Hearing aid repair drop-in' },
      { byday: 'TH', opens: '13:30', closes: '15:30', description: 'Hearing aid repair drop-in' },
    ],
    taxonomy: ['PSLO-14', 'PSN-HI'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'eye-clinic',
    org: 'psht',
    name: 'Children\'s Eye Clinic and Orthoptics',
    description:
      'Orthoptists and ophthalmologists at Port Selwyn General Hospital assess and treat children\'s eye conditions: squint, lazy eye (amblyopia, including patching), reduced vision found at the school entry vision screening, and eye conditions linked to prematurity or neurological conditions. ' +
      'Children with special needs can be seen in the low-stimulus room with extra time. We provide NHS glasses vouchers for children. A children\'s eye clinic liaison officer (ECLO) can talk to families after a diagnosis of sight loss and explain certification as sight impaired and referral to the Sensory Support Service.',
    url: 'https://www.portselwynhospitals.nhs.uk.example/childrens-eye-clinic',
    fees: 'Free. NHS glasses vouchers for under 16s, and 16 to 18 in full-time education.',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-07-08',
    application_process: 'Referral from the school vision screening team, an optometrist (high street optician), GP or health visitor.',
    wait_time: '8 to 10 weeks',
    eligibility: [['child', 0, 16]],
    areas: ['Port Selwyn'],
    locations: ['hospital'],
    contacts: [{ name: 'Orthoptic department', phones: ['01632 960912'] }],
    taxonomy: ['PSLO-14', 'PSN-VI'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'spec-nurses',
    org: 'psht',
    name: 'Children\'s Specialist Nurses: diabetes, epilepsy and asthma',
    description:
      'The paediatric specialist nurses at Port Selwyn General Hospital support children and young people with type 1 diabetes, epilepsy and severe or difficult asthma, and their families.\n\n' +
      'Diabetes team: 24-hour advice line for families, insulin pump and continuous glucose monitoring starts, school visits and training for school staff, and transition clinic with the adult diabetes team from age 16.\n' +
      'Epilepsy nurse: support after diagnosis, rescue medication training for parents, schools and short breaks staff (buccal midazolam), help writing individual healthcare plans, and a young people\'s clinic from 14.\n' +
      'Asthma nurse: for children admitted with asthma or with hard-to-control asthma; inhaler technique and asthma plans. Routine asthma care stays with the GP practice.\n\n' +
      'Schools must make arrangements to support pupils with medical conditions (Children and Families Act 2014 section 100). Our nurses help the school write the individual healthcare plan with you.',
    url: 'https://www.portselwynhospitals.nhs.uk.example/childrens-specialist-nurses',
    email: 'psht.paedsnurses@nhs.net.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-03-09',
    application_process: 'Children are referred by the consultant paediatrician or, for asthma, after a hospital admission or by the GP.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['hospital'],
    contacts: [
      { name: 'Children\'s diabetes team (24-hour advice line for families on the caseload)', phones: ['01632 960913'] },
      { name: 'Paediatric epilepsy nurse', phones: ['01632 960919'] },
    ],
    taxonomy: ['PSLO-13', 'PSN-MED'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'zero-nineteen',
    org: 'harbourlight',
    name: '0-19 Public Health Nursing: health visiting and school nursing',
    description:
      'Health visitors and school nurses work with every family in Port Selwyn, from pregnancy to age 19 (25 for young people with SEND).\n\n' +
      'Health visiting (0 to 5): five key contacts for every family, including the new baby review at 10 to 14 days, a 6 to 8 week check, a 1-year review and the 2 to 2½ year review. ' +
      'The 2 to 2½ year review uses the ASQ-3 questionnaire and, for children in a nursery, is joined up with the nursery\'s progress check (the integrated review). If the review shows your child may need extra help with speech, movement, play or behaviour, your health visitor can give advice, offer the Talk Together workshop, and refer on to speech and language therapy or Seaward CDC. ' +
      'Health visitors also offer infant feeding support, sleep and behaviour advice, and support with postnatal mood.\n\n' +
      'School nursing (5 to 19): drop-ins in secondary schools, health questionnaires at school entry and Year 7, the National Child Measurement Programme, first-line bedwetting and toileting advice, emotional health support, and help for schools writing healthcare plans. School nurses for special schools are based at Harbour View School.\n\n' +
      'Young people aged 11 to 19 can message a school nurse confidentially through ChatHealth (the number is on our website and on posters in every secondary school).',
    url: 'https://www.harbourlighthealth.org.uk.example/0-19',
    email: 'hello@harbourlighthealth.org.uk.example',
    fees: 'Free',
    deliverable_type: 'Advice',
    attending_type: 'home visit',
    attending_access: 'appointment',
    assured_date: '2026-08-01',
    application_process: 'Every family is offered contacts automatically. You can also contact your health visitor or school nurse directly on the duty line.',
    eligibility: [['family', 0, 19], ['adult', 19, 25]],
    areas: ['Harbourside', 'Selwyn North', 'Eastcliff'],
    locations: ['hubHarbourside', 'hubNorth', 'hubEastcliff'],
    contacts: [{ name: 'Health visiting and school nursing duty line', phones: ['01632 960914'] }],
    schedules: [{ byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }],
    languages: ['Polish', 'Arabic', 'Kurdish (Sorani)', 'Portuguese'],
    taxonomy: ['PSLO-15', 'PSLO-34', 'PSN-ALL'],
    fundings: ['Port Selwyn City Council Public Health (Healthy Child Programme)'],
  },
  {
    key: 'dental',
    org: 'bcht',
    name: 'Community Dental Service (Special Care Dentistry for Children)',
    description:
      'Dental care for children and young people who cannot be treated by a high street dentist because of a learning disability, autism, a medical condition, severe anxiety or physical disability. We have a wheelchair tipper and can provide treatment under sedation or general anaesthetic at Port Selwyn General Hospital. Children go back to their family dentist when possible.',
    fees: 'Free for under 18s (NHS)',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2024-10-15',
    application_process: 'Referral by a dentist, GP, health visitor, school nurse or paediatrician.',
    wait_time: 'About 20 weeks for a first appointment; waits for general anaesthetic are longer.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn'],
    locations: ['dental'],
    contacts: [{ name: 'Community dental service', phones: ['01632 960915'] }],
    taxonomy: ['PSLO-13', 'PSN-LD', 'PSN-ASD', 'PSN-PD'],
    fundings: ['NHS England (dental commissioning)'],
  },
  {
    key: 'wheelchair',
    org: 'bcht',
    name: 'Wheelchair Service (children)',
    description:
      'Assessment for, and provision of, wheelchairs and specialist buggies for children who have a long-term difficulty walking. We also provide pressure cushions and postural supports in the chair. ' +
      'A personal wheelchair budget can be offered so that you can put money towards a different chair from the one we would provide. Repairs are done by our approved repairer (contact details are on the sticker on the chair).\n\n' +
      'Short-term loans (for example after an operation or a broken leg) are from the British Red Cross mobility aid service, not from us.',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example/wheelchair-service',
    email: 'bcht.wheelchairs@nhs.net.example',
    fees: 'Free. With a personal wheelchair budget you can choose to top up.',
    deliverable_type: 'Equipment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2026-02-25',
    application_process: 'Referral from a physiotherapist, occupational therapist, GP or consultant.',
    wait_time: 'Assessment within 18 weeks; urgent referrals (end of life, rapidly changing needs) within 2 weeks. Time to delivery depends on the chair.',
    eligibility: [['child', 0, 18]],
    areas: ['Port Selwyn', 'Brackenshire'],
    locations: ['wheelchairCentre'],
    contacts: [{ name: 'Wheelchair service', phones: ['01632 960916'] }],
    taxonomy: ['PSLO-25', 'PSLO-11', 'PSN-PD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
  {
    key: 'cldt',
    org: 'bpft',
    name: 'Port Selwyn Community Learning Disability Team (adults)',
    description:
      'Joint NHS and council team for adults aged 18 and over with a learning disability who need specialist health support: psychiatry, psychology, learning disability nursing, speech and language therapy (including eating and drinking), occupational therapy, physiotherapy and positive behaviour support. ' +
      'The team works with children\'s services from around age 17 so that young people move across without a gap; a transition nurse attends Year 11 onwards EHC plan reviews when invited. ' +
      'Annual health checks for people with a learning disability aged 14 and over are done by GP practices: ask your GP to add you to the learning disability register.\n\n' +
      'Adults with mental health needs but no learning disability are supported by the adult community mental health team; autistic adults without a learning disability can be referred by their GP to the adult autism service.',
    url: 'https://www.brackenshirepartnership.nhs.uk.example/cldt-port-selwyn',
    fees: 'Free',
    deliverable_type: 'Assessment',
    attending_type: 'venue',
    attending_access: 'referral',
    assured_date: '2025-12-12',
    application_process: 'Referral from a GP, social worker or other professional. Young people in transition are referred by the children\'s team or the Preparing for Adulthood Team.',
    eligibility: [['adult', 18, 99]],
    areas: ['Port Selwyn'],
    locations: ['ldTeam'],
    contacts: [{ name: 'Duty worker', phones: ['01632 960917'] }],
    taxonomy: ['PSLO-17', 'PSLO-53', 'PSN-LD', 'PSN-PMLD'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board', 'Port Selwyn City Council Adult Social Care'],
  },
  {
    key: 'dco',
    org: 'icb',
    name: 'Designated Clinical Officer for SEND (Port Selwyn)',
    description:
      'The Designated Clinical Officer (DCO) makes sure the NHS plays its part for children and young people with SEND in Port Selwyn. The DCO does not see children, but can help families and professionals when health advice for an EHC needs assessment is late or unclear, when health provision in an EHC plan is not being delivered, or when it is not clear which health service should be involved. ' +
      'The DCO also checks the quality of health advice, takes part in the joint commissioning of services with the council and attends the SEND Partnership Board.',
    email: 'bwicb.send@nhs.net.example',
    deliverable_type: 'Advice',
    attending_type: 'phone',
    attending_access: 'appointment',
    assured_date: '2025-10-01',
    eligibility: [['family', 0, 25]],
    areas: ['Port Selwyn'],
    contacts: [{ name: 'SEND health team, NHS Brackenshire and Wyvern ICB', title: 'Designated Clinical Officer', phones: ['01632 960918'] }],
    taxonomy: ['PSLO-32', 'PSLO-44', 'PSN-ALL'],
    fundings: ['NHS Brackenshire and Wyvern Integrated Care Board'],
  },
];
