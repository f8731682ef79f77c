// Hand-written Outpost entries: Brackenshire County Council's education SEND services (not individual
// schools). FICTIONAL. Each entry is turned into the Outpost API shape by build-brackenshire-outpost-csv.mjs.
// lo.a holds answers to Outpost's 7 local offer questions, in order: outcomes; recent SEND training;
// involving parents; sharing progress; accessibility of the environment; how to start; future plans.

export const education = [
  {
    name: 'SEN Support in Brackenshire schools and settings (the graduated approach)',
    org: 'bccSend',
    desc: `Most children and young people with special educational needs have their needs met in their local nursery, school or college through SEN Support. You do not need an EHC plan, a diagnosis or a referral to get SEN Support: it is what every early years setting, school and college must provide under the Children and Families Act 2014 and the SEND Code of Practice (chapters 5, 6 and 7).

SEN Support follows a cycle the Code calls the graduated approach: Assess, Plan, Do, Review. The class teacher and the SENCO (special educational needs co-ordinator) look at what your child finds hard, agree with you what extra help will be given and what it should achieve, put it in place, and review it with you at least three times a year. If progress is still slow, the school adds more specialist advice, for example from our Educational Psychology Service, the Communication and Interaction Team, the Learning Support Service or NHS therapists.

Schools pay for SEN Support from their own budget (the "notional SEN budget"), normally up to about £6,000 a year for a pupil on top of core funding. Where a pupil needs more than that, the school can apply to us for top-up funding without an EHC plan through our Inclusion Funding panel.

The "Brackenshire Ordinarily Available Provision" guide (2025 edition) sets out what we expect every mainstream school and setting to be able to offer for each area of need. You can ask your child's school for a copy, or download it from the Local Offer.

If you are worried: talk first to your child's teacher or the SENCO. If you are not happy with the support, Brackenshire SENDIASS can help you prepare for a meeting.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'SEND Information Line', title: null, email: 'send@brackenshire.gov.uk.example', phone: '01632 960120' }],
    links: [['Ordinarily Available Provision guide', 'https://www.brackenshire.gov.uk.example/localoffer/oap']],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/sen-support',
    lo: { d: 'How mainstream schools, nurseries and colleges support children and young people with SEN without an EHC plan.', a: [
      'Children and young people make good progress in their local setting, with the right help at the right time, and families know what to expect from every school.',
      'All Brackenshire SENCOs are offered termly network meetings and free places on our Ordinarily Available Provision training; new SENCOs are supported to complete the National Professional Qualification for SENCOs (NPQSENCO).',
      'Schools must meet parents at least three times a year to set and review SEN Support outcomes. The Ordinarily Available Provision guide was co-produced with Brackenshire Parent Carer Forum.',
      'Your child\u2019s school should share a written SEN Support plan (some schools call it a support plan, provision map or pupil passport) and review it with you every term.',
      'Each school publishes its own accessibility plan and SEN information report on its website.',
      'Speak to the class teacher or SENCO at your child\u2019s school, nursery or college. No referral or diagnosis is needed.',
      'We are refreshing the Ordinarily Available Provision guide for post-16 settings during 2026 to 2027.',
    ] },
    updated: '2026-02-09T10:12:00.000Z', created: '2020-09-14T09:00:00.000Z',
  },
  {
    name: 'SEND Statutory Assessment and Review Team (SSART)',
    org: 'bccSend',
    desc: `The SEND Statutory Assessment and Review Team (SSART) carries out education, health and care (EHC) needs assessments, writes and issues EHC plans, and manages annual reviews and changes of placement for children and young people aged 0 to 25 who live in Brackenshire.

Each family is given a named SEND Officer (case officer) once an assessment request is accepted. Your SEND Officer is your point of contact until the plan is finalised and then for annual reviews.

What we do:
- decide whether to carry out an EHC needs assessment (within 6 weeks of the request)
- gather advice from you, your child, school, an educational psychologist, health and social care
- decide whether to issue an EHC plan and send you a draft (the whole process must take no longer than 20 weeks from the request)
- consult schools and colleges you ask for as the named placement
- amend, maintain or cease plans after annual reviews
- arrange personal budgets for the education part of a plan where this is agreed

Timescales: in the 2025 calendar year 61% of new EHC plans in Brackenshire were issued within 20 weeks (England average about 46%). We know this is not good enough and families are sometimes waiting longer; if your case is late your SEND Officer must tell you why.

Duty officer line: Monday to Friday, 9am to 4.30pm. We aim to return calls within 3 working days.

Legislation: Children and Families Act 2014, Part 3 (sections 36 to 47); SEND Regulations 2014.`,
    tax: ['support-services-for-send-pupils', 'send-services', 'council-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [
      { name: 'SSART duty officer', title: 'Duty line', email: 'ssart@brackenshire.gov.uk.example', phone: '01632 960101' },
      { name: 'Helen Marchbank', title: 'Head of SEND Statutory Services', email: null, phone: null },
    ],
    sched: [['Monday', '09:00', '16:30'], ['Tuesday', '09:00', '16:30'], ['Wednesday', '09:00', '16:30'], ['Thursday', '09:00', '16:30'], ['Friday', '09:00', '16:30']],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/ehcp',
    lo: { d: 'Education, health and care needs assessments and EHC plans for Brackenshire residents aged 0 to 25.', a: [
      'Plans that describe the child or young person accurately, are written with them and their family, and set outcomes that lead to a good adult life.',
      'All SEND Officers complete the Council for Disabled Children\u2019s person-centred EHC plan writing course and annual training on SEND case law. Six officers completed the Level 5 Certificate in Casework (SEND) in 2025.',
      'You are invited to contribute your own views (section A) and to a co-production meeting before a draft plan is written. Brackenshire Parent Carer Forum sits on our quality assurance panel and audits a sample of plans every term.',
      'Your SEND Officer will write to you at each decision point and phone you before any refusal letter is sent. Annual review paperwork is sent to you two weeks before the meeting.',
      'Meetings can be held at County Hall (step-free, hearing loop, accessible toilet), at your child\u2019s school, at a family hub or online.',
      'Parents, young people aged 16 to 25 and schools can ask for an EHC needs assessment. See "Requesting an EHC needs assessment" on the Local Offer, or call the duty line.',
      'We are introducing a new online portal for contributions to annual reviews in spring 2027 and recruiting three more SEND Officers.',
    ] },
    updated: '2026-06-30T14:40:00.000Z', created: '2020-09-14T09:05:00.000Z',
  },
  {
    name: 'Requesting an EHC needs assessment',
    org: 'bccSend',
    desc: `An education, health and care (EHC) needs assessment is a detailed look at your child's or young person's special educational needs and the support they need. It may lead to an EHC plan. Most children with SEN do not need one: their needs are met through SEN Support.

Who can ask: a parent, a young person aged 16 to 25 (in their own right), or the school, nursery or college (with the parent's or young person's knowledge). Anyone else, such as a health visitor, doctor or social worker, can tell us about a child who may need an assessment.

How to ask: use the request form on the Local Offer, or write to us (an email or letter is enough: the law does not require a form). Include:
- why you think your child may have SEN and may need more help than SEN Support can give
- any reports you have (therapy, paediatric, educational psychology, school SEN Support plans)
- your child's views if they can give them

What happens next: our multi-agency panel meets weekly. We must tell you within 6 weeks whether we will assess. The test in law (Children and Families Act 2014, s.36(8)) is whether the child or young person has or may have SEN, and may need special educational provision to be made through an EHC plan. A diagnosis is not required.

If we say no, we will explain why and offer a meeting. You have the right to appeal to the First-tier Tribunal (SEND), but you must first contact the mediation adviser (Resolve Mediation CIC) and get a mediation certificate.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'SSART duty officer', title: null, email: 'ssart@brackenshire.gov.uk.example', phone: '01632 960101' }],
    links: [['EHC needs assessment request form', 'https://www.brackenshire.gov.uk.example/localoffer/ehcna-request']],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/request-assessment',
    lo: { d: 'How parents, young people and schools can ask Brackenshire County Council for an EHC needs assessment.', a: [
      '', '', '', '', '',
      'Send the request form or a letter/email to ssart@brackenshire.gov.uk.example or SSART, County Hall, Castle Street, Ashcombe BK1 1AA. Brackenshire SENDIASS can help you write it.',
      '',
    ] },
    updated: '2026-10-02T08:55:00.000Z', created: '2021-01-11T11:20:00.000Z',
  },
  {
    name: 'Educational Psychology Service',
    org: 'bccSend',
    desc: `Our educational psychologists (EPs) work with children and young people aged 0 to 25, their families, and the schools and settings that teach them. They are qualified psychologists registered with the Health and Care Professions Council (HCPC).

EPs help with learning, communication, emotional wellbeing and behaviour. They mostly work through the adults around a child: consultation with parents and staff, observation, assessment, and advice on strategies and interventions. They also give training to schools and support after critical incidents (for example a sudden death in a school community).

Statutory work: we provide the psychological advice for every EHC needs assessment (SEND Regulations 2014, reg. 6). Current wait for statutory advice: most advice is completed within the 6-week deadline but some has taken up to 10 weeks during 2026.

Non-statutory work: every maintained school and academy has an allocation of EP time for consultation each term, and schools can buy extra time. Parents cannot refer directly, but can ask the SENCO to discuss their child at a planning meeting with the link EP.

EP consultation line for parents (Thursday afternoons in term time, 1.30pm to 4pm): a 30-minute phone call with a duty EP to talk through a worry. Book through the SEND Information Line.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties'],
    min: 0, max: 25, referral: true, free: true,
    locs: ['countyHall', 'kirkbyLearningCentre'],
    contacts: [{ name: 'Educational Psychology Service admin', title: null, email: 'eps@brackenshire.gov.uk.example', phone: '01632 960102' }],
    sched: [['Thursday', '13:30', '16:00']],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/educational-psychology',
    lo: { d: 'Educational psychologists working with schools and families across Brackenshire.', a: [
      'Children and young people are understood, included and able to learn; adults around them have practical strategies that work.',
      'All EPs complete continuing professional development required by the HCPC. In 2025 to 2026 the team trained in Video Interaction Guidance and in emotionally based school non-attendance (EBSNA).',
      'We always seek parents\u2019 consent before individual work, and we invite you to the consultation meeting. Parents\u2019 views are part of every written report.',
      'You will get a copy of any written advice or consultation record.',
      'We usually see children in their school or setting. Meetings at County Hall or Weavers Yard are step-free.',
      'Talk to your child\u2019s SENCO, who can ask the link EP for a consultation. For a general worry, book the Thursday parent consultation line.',
      'We are recruiting two trainee EPs from September 2027 and piloting an EP drop-in at Thornhollow Family Hub.',
    ] },
    updated: '2026-05-18T12:00:00.000Z', created: '2020-09-14T09:10:00.000Z',
  },
  {
    name: 'Sensory Support Service \u2013 Hearing Support (Teachers of the Deaf)',
    org: 'bccSend',
    desc: `Qualified Teachers of the Deaf (QToDs) support deaf children and young people from diagnosis to 25, at home, in early years settings, schools and colleges.

Who we support: babies, children and young people with a permanent hearing loss (mild to profound, one or both ears), including those with cochlear implants, bone conduction devices and auditory neuropathy. We also give short-term advice for children with long-standing glue ear who have hearing aids.

What we do:
- home visits for babies and pre-school children and their families soon after diagnosis
- advice and training for school staff; deaf awareness sessions for classmates
- checking and managing hearing aids and radio aid (remote microphone) systems in school
- assessments of language and listening; advice for EHC needs assessments
- access arrangements for exams (modified papers, extra time)
- links with the audiology department at Ashcombe County Hospital and the regional cochlear implant centre

How much support: we use the NatSIP eligibility framework to decide how often we visit, from termly advice to weekly teaching. Some pupils attend the hearing resource base at a mainstream primary or secondary school with an EHC plan.

Referrals come from audiology (with parental consent) after a hearing loss is confirmed. Parents and schools can also contact us directly if a child is already known to audiology. British Sign Language is used by two members of the team; interpreters can be booked for deaf parents.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['hearing', 'sensory-and-physical-needs', 'communication-and-interaction'],
    suits: ['visual-and-or-hearing-impediment'],
    min: 0, max: 25, referral: true, free: true,
    locs: ['lanternCentre'],
    contacts: [{ name: 'Sensory Support Service (hearing)', title: null, email: 'sensory.support@brackenshire.gov.uk.example', phone: '01632 960103' }],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/hearing-support',
    lo: { d: 'Teachers of the Deaf for children and young people with a hearing loss, 0 to 25.', a: [
      'Deaf children and young people develop language, communicate confidently, achieve in line with their peers and have a positive deaf identity.',
      'All teachers hold or are working towards the mandatory qualification for teachers of children with hearing impairment. Two staff hold BSL Level 3; one holds Level 6.',
      'Home visits are built around what parents want to work on. We run a termly family group with the local deaf children\u2019s society.',
      'We write a report after each visit and contribute to SEN Support and EHC plan reviews.',
      'The Lantern Centre has a hearing loop, acoustic treatment in the meeting rooms and step-free access.',
      'Ask your audiologist to refer you, or phone the service if your child is already under audiology.',
      'Developing a BSL club for primary-aged deaf children from 2027.',
    ] },
    updated: '2026-01-21T16:30:00.000Z', created: '2020-09-15T10:00:00.000Z',
  },
  {
    name: 'Sensory Support Service \u2013 Vision Support (Qualified Teachers of Children and Young People with Vision Impairment)',
    org: 'bccSend',
    desc: `Qualified Teachers of Children and Young People with Vision Impairment (QTVIs) support children and young people aged 0 to 25 who are blind or partially sighted, at home, in early years settings, schools and colleges.

Eligibility: a diagnosed vision impairment that is not fully corrected by glasses, confirmed by an ophthalmologist or orthoptist. This includes cerebral visual impairment (CVI). We also support children with multi-sensory impairment (deafblindness) jointly with the hearing team.

We offer:
- early years home visiting from diagnosis, including developmental play advice
- functional vision assessments and advice on print size, lighting and seating
- teaching of braille and touch-typing; access technology (magnifiers, screen readers, tablets) loaned from our equipment library
- referral to the council's Habilitation service for mobility and orientation (including long cane skills) and independent living skills; the habilitation specialists are part of our wider team
- modified large print and braille exam papers and resources, produced by our transcription unit
- advice for EHC needs assessments and annual reviews; support at transition to secondary school and to college

Referral: from the eye clinic at Ashcombe County Hospital, from a consultant ophthalmologist, or by parents or schools with a copy of an eye report. We aim to make first contact within 10 working days of referral.

Certificate of Vision Impairment (CVI) registration is arranged through the eye clinic and adult social care sensory team, not by us, but we can explain it.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['visual', 'sensory-and-physical-needs'],
    suits: ['visual-and-or-hearing-impediment'],
    min: 0, max: 25, referral: true, free: true,
    locs: ['lanternCentre'],
    contacts: [{ name: 'Sensory Support Service (vision)', title: null, email: 'sensory.support@brackenshire.gov.uk.example', phone: '01632 960104' }],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/vision-support',
    lo: { d: 'Teachers of children and young people with vision impairment, 0 to 25.', a: [
      'Children and young people with a vision impairment access the curriculum fully, move around safely and confidently, and become as independent as possible.',
      'All QTVIs hold the mandatory qualification for teachers of children with vision impairment. Two QTVIs are qualified braille tutors.',
      'Early years visits are planned with parents, and families are invited to our Christmas and summer family days.',
      'You will receive a visit report and an annual progress summary.',
      'Our base has tactile signage, high-contrast decoration and good lighting. Most work happens at home or in school.',
      'Ask the eye clinic to refer, or call us with a copy of your child\u2019s eye report.',
      '',
    ] },
    updated: '2026-09-08T09:15:00.000Z', created: '2020-09-15T10:05:00.000Z',
  },
  {
    name: 'Autism Outreach Team',
    org: 'bccSend',
    desc: `The Autism Outreach Team is a team of specialist teachers and autism practitioners who help mainstream nurseries, schools and colleges include autistic children and young people, and children waiting for an autism assessment.

You do not need a diagnosis for a school to ask for our help.

We work with schools by:
- observing the pupil and the environment, then agreeing practical strategies with staff
- helping schools plan for transitions (starting school, moving class, moving to secondary)
- running whole-school training (AET Making Sense of Autism and Good Autism Practice)
- running the "Understanding Autism" course for parents after diagnosis (6 sessions, mornings or evenings, online or in Kirkby Lees and Wyvern Bay)
- offering a secondary-age group, "Me and My Autism", for pupils who want to learn about their diagnosis

Referrals: only from schools and settings, using the Specialist Teaching Services referral form signed by a parent. Average wait from referral to first visit in 2025/26: 7 weeks. Parents can book onto the Understanding Autism course themselves once their child has a diagnosis.

Free to Brackenshire maintained schools and academies (funded from the high needs block). Independent schools can buy our time.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'social-emotional-and-mental-health-difficulties'],
    suits: ['autism'],
    min: 2, max: 19, referral: true, free: true,
    locs: ['lanternCentre', 'kirkbyLearningCentre'],
    contacts: [{ name: 'Specialist Teaching Services referrals', title: null, email: 'specialist.teaching@brackenshire.gov.uk.example', phone: '01632 960105' }],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/autism-outreach',
    lo: { d: 'Specialist teachers for autistic pupils in mainstream settings.', a: [
      'Autistic pupils feel understood and safe in school, attend regularly and make progress.',
      'The whole team are licensed Autism Education Trust trainers. Three practitioners completed PDA Society training in 2025.',
      'Parents are part of every planning meeting. Our parent course was redesigned with autistic parents and the Parent Carer Forum in 2024.',
      'We send a written record of recommendations to the school and to you after each visit.',
      'We work in your child\u2019s school. Courses use rooms with low lighting options and quiet space.',
      'Ask the SENCO to refer. After a diagnosis, book the parent course by email.',
      '',
    ] },
    updated: '2026-11-04T13:00:00.000Z', created: '2020-09-15T10:10:00.000Z',
  },
  {
    name: 'Communication and Interaction Team (specialist teachers for speech, language and communication needs)',
    org: 'bccSend',
    desc: `Specialist advisory teachers who support pupils with speech, language and communication needs (SLCN) in mainstream primary and secondary schools, including developmental language disorder (DLD), selective mutism and social communication difficulties.

We are not speech and language therapists. We work alongside the NHS Children's Speech and Language Therapy service (Brackenshire Community Health NHS Trust): therapists assess and diagnose; we help teachers adapt teaching, vocabulary work and classroom language.

What schools get: observation and assessment, a written support plan, modelling of interventions (for example Colourful Semantics, Shape Coding, vocabulary pre-teaching), training for teaching assistants through the ELKLAN Language Builders courses, and advice for EHC needs assessments.

Referral is by the school SENCO with parental consent. We prioritise pupils at the transition points (Reception, Year 6 to 7). Typical wait: 4 to 8 weeks.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['communication-and-interaction'],
    min: 4, max: 16, referral: true, free: true,
    locs: ['lanternCentre'],
    contacts: [{ name: null, title: 'Team Leader, Communication and Interaction', email: 'specialist.teaching@brackenshire.gov.uk.example', phone: '01632 960106' }],
    url: null,
    lo: { d: null, a: ['', '', '', '', '', 'Through your child\u2019s SENCO.', ''] },
    updated: '2024-03-12T15:20:00.000Z', created: '2020-09-15T10:15:00.000Z',
  },
  {
    name: 'Learning Support Service (specialist teachers for cognition and learning, including dyslexia)',
    org: 'bccSend',
    desc: `The Learning Support Service is part of Specialist Teaching Services. Our specialist teachers hold postgraduate qualifications in specific learning difficulties (SpLD) and can carry out diagnostic assessments for dyslexia and dyscalculia, and assessments for exam access arrangements.

We help schools support pupils who are not making expected progress in reading, writing, spelling or maths despite good-quality teaching and targeted help over at least two terms of SEN Support. This includes pupils with dyslexia, dyscalculia, moderate learning difficulties and global delay.

Services to schools: assessment and report with recommendations; advice on interventions (for example precision teaching, structured phonics catch-up, multi-sensory maths); staff training; dyslexia-friendly classroom audits.

Referrals are made by the school. Parents who want a private diagnostic assessment can find assessors through the SpLD Assessment Standards Committee (SASC) register; we cannot do private work.

Waiting time: 10 to 12 weeks for diagnostic assessments.`,
    tax: ['support-services-for-send-pupils', 'dyslexia', 'send-services'],
    needs: ['cognition-and-learning'],
    suits: ['learning-difficulties'],
    min: 5, max: 16, referral: true, free: true,
    locs: ['lanternCentre'],
    contacts: [{ name: null, title: 'Learning Support Service', email: 'specialist.teaching@brackenshire.gov.uk.example', phone: '01632 960107' }],
    lo: { d: 'Specialist teachers for children with learning difficulties and specific learning difficulties such as dyslexia.', a: [
      'Children with learning difficulties learn to read, write and use maths as well as they can, and feel good about themselves as learners.',
      'All teachers hold an Approved Teacher Status or Practising Certificate in SpLD assessment.',
      'We always talk to parents as part of an assessment and will meet you to explain the report.',
      'You will receive a copy of the assessment report.',
      '',
      'Ask the SENCO at your child\u2019s school.',
      '',
    ] },
    updated: '2026-06-24T10:00:00.000Z', created: '2020-09-15T10:20:00.000Z',
  },
  {
    name: 'Physical and Medical Needs Team',
    org: 'bccSend',
    desc: `Advisory teachers and a specialist moving and handling practitioner who help early years settings, schools and colleges include children and young people with physical disabilities and medical conditions, such as cerebral palsy, muscular dystrophy, spina bifida, limb differences, acquired brain injury, epilepsy and complex health needs.

We can:
- visit before a child starts, to plan access, equipment and staffing
- advise on adapting PE, practical subjects and school trips
- train staff in moving and handling (including hoists) and agree individual manual handling plans
- advise on individual healthcare plans under the statutory guidance "Supporting pupils at school with medical conditions" (Children and Families Act 2014, s.100), working with school nurses and the children's community nursing team
- loan specialist classroom furniture and equipment, and advise schools on accessibility plans and building adaptations (the council funds some adaptations to maintained schools through its SEND capital budget)

Referral: schools and settings refer with parental consent. Health professionals such as physiotherapists and occupational therapists can also refer.`,
    tax: ['support-services-for-send-pupils', 'send-services'],
    needs: ['sensory-and-physical-needs'],
    suits: ['physical-disabilities', 'mental-health-acquired-brain-injury'],
    min: 2, max: 19, referral: true, free: true,
    locs: ['lanternCentre'],
    contacts: [{ name: null, title: 'Physical and Medical Needs Team', email: 'pmnt@brackenshire.gov.uk.example', phone: '01632 960108' }],
    lo: { d: 'Support for schools to include pupils with physical disabilities and medical conditions.', a: [
      'Pupils with physical and medical needs take part fully in school life, safely and with dignity.',
      'Our moving and handling practitioner is a qualified trainer; advisory teachers attend the regional physical disability network.',
      'We meet parents before a child starts or returns to school and ask them to help write the healthcare and moving and handling plans.',
      '',
      'The Lantern Centre has a changing places toilet with a ceiling hoist.',
      'Your child\u2019s setting or therapist can refer.',
      'Working with Brackenshire Community Health NHS Trust on a shared training offer for school staff on gastrostomy feeding and rescue medication.',
    ] },
    updated: '2026-03-03T11:25:00.000Z', created: '2020-09-15T10:25:00.000Z',
  },
  {
    name: 'Early Years SEND Team (Area SENCOs)',
    org: 'bccEarlyYears',
    desc: `Area SENCOs are early years specialists who support private, voluntary and independent nurseries, preschools and childminders, and school nursery classes, to include babies and young children with special educational needs and disabilities (0 to 5).

They help settings identify needs early, write SEN Support plans, apply for Early Years Inclusion Funding and the Disability Access Fund, and prepare requests for EHC needs assessments. They also lead the "Starting School" transition meetings for children with SEND moving into Reception.

One Area SENCO is linked to each district: Ashcombe, Kirkby Lees, Marston Fold, Thornhollow and Wyvern Bay.

The setting must ask for Area SENCO involvement (with your consent). If your child is not in a setting, your health visitor or the Portage Service can advise you.

We also run the Early Years SEND network for setting SENCOs each term and the Early Language (WellComm) training for practitioners.`,
    tax: ['childcare-for-children-with-a-send', 'support-services-for-send-pupils', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs'],
    min: 0, max: 5, bands: { under_2: true, two: true, three_four: true }, referral: true, free: true,
    locs: ['countyHall', 'thornhollowHub'],
    contacts: [{ name: 'Early Years SEND Team', title: null, email: 'eysend@brackenshire.gov.uk.example', phone: '01632 960109' }],
    lo: { d: 'Area SENCOs supporting nurseries, preschools and childminders.', a: [
      'Young children with SEND are identified early, included in their setting and supported well into school.',
      'Area SENCOs are qualified early years teachers. All have completed the Level 3 Early Years SENCO award; two are trained WellComm and Makaton trainers.',
      'Parents are invited to all planning meetings at the setting.',
      'Through your child\u2019s setting and their SEN Support plan.',
      '',
      'Ask your child\u2019s nursery, preschool or childminder.',
      'Developing an Early Years Ordinarily Available Provision guide with settings and parents (due September 2027).',
    ] },
    updated: '2026-04-15T09:00:00.000Z', created: '2021-02-01T09:00:00.000Z',
  },
  {
    name: 'Portage Home Visiting Service',
    org: 'bccEarlyYears',
    desc: `Portage is a home-visiting educational service for pre-school children with significant developmental delay or a disability and their families. A trained Portage home visitor comes to your home, usually every fortnight, and works with you to plan small, achievable steps in your child's play, communication, movement and self-help skills.

Who it is for: children aged 0 to 4 (before they start school or a funded nursery place of more than 15 hours) who live in Brackenshire and have delays in two or more areas of development, or a diagnosed condition likely to lead to significant learning difficulties (for example Down syndrome, a genetic condition, or complex medical needs).

Referrals are accepted from health visitors, paediatricians, therapists, the Child Development Centre, Area SENCOs, and from parents themselves (with supporting information from a professional). Our panel meets monthly.

Waiting time: currently about 14 weeks from referral to first visit; we offer a "Stay and Play" group while you wait (Thursdays, Holmebridge Children's Centre and Thornhollow Family Hub).

We follow the National Portage Association's model and code of practice. The service is free.`,
    tax: ['activities-for-babies-and-toddlers', 'childcare-for-children-with-a-send', 'send-services'],
    needs: ['cognition-and-learning', 'communication-and-interaction', 'sensory-and-physical-needs', 'autism'],
    min: 0, max: 4, bands: { under_2: true, two: true, three_four: true }, referral: true, free: true,
    locs: ['kirkbyChildrensCentre', 'thornhollowHub'],
    contacts: [{ name: 'Portage Co-ordinator', title: null, email: 'portage@brackenshire.gov.uk.example', phone: '01632 960110' }],
    sched: [['Thursday', '09:30', '11:30']],
    lo: { d: 'Home-visiting early education for pre-school children with SEND.', a: [
      'Parents feel confident in helping their child learn, children make progress in small steps, and families are linked to the right services early.',
      'All home visitors have completed the National Portage Association accredited basic workshop and refresher training every three years.',
      'Portage is built around what you want for your child; you set the goals with the home visitor.',
      'We review goals with you every visit and write a summary every six months, which we can share with the nursery and school (with your agreement).',
      'Stay and Play groups are in step-free children\u2019s centre rooms with accessible toilets and changing.',
      'Ask your health visitor or paediatrician to refer you, or call the Portage Co-ordinator.',
      '',
    ] },
    updated: '2025-12-01T10:30:00.000Z', created: '2020-11-02T09:00:00.000Z',
  },
  {
    name: 'Early Years Inclusion Funding (SENIF)',
    org: 'bccEarlyYears',
    desc: `Early Years Inclusion Funding (also called the SEN Inclusion Fund, SENIF) is extra money for nurseries, preschools and childminders to support children with emerging or identified SEN who are taking up funded early education hours (for children from 9 months to school age).

The setting applies, not the parent. Funding is agreed by the Early Years Inclusion Panel (meets every three weeks in term time) and is paid per funded hour at one of three bands, for a term at a time. It pays for things like extra adult support, training for staff or resources. Applications need a current SEN Support plan and, at the higher bands, advice from an Area SENCO or health professional.

Statutory basis: local authorities must have an inclusion fund for 3- and 4-year-olds (Early years entitlements: operational guidance), and Brackenshire extends it to 2-year-olds and working-parent entitlements from 9 months.`,
    tax: ['funded-childcare', 'childcare-for-children-with-a-send', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs'],
    min: 0, max: 5, bands: { under_2: true, two: true, three_four: true }, referral: true, free: true,
    locs: [],
    contacts: [{ name: 'Early Years Funding Team', title: null, email: 'eyfunding@brackenshire.gov.uk.example', phone: '01632 960119' }],
    lo: { d: null, a: ['', '', '', '', '', 'Your child\u2019s setting applies. Ask the setting SENCO.', ''] },
    updated: '2026-08-29T09:00:00.000Z', created: '2022-04-04T09:00:00.000Z',
  },
  {
    name: 'Inclusion Support and Exclusions Team',
    org: 'bccEducation',
    desc: `The Inclusion Support and Exclusions Team helps schools keep pupils in education and gives parents advice when a child is suspended (fixed-term excluded) or permanently excluded.

For parents: we can explain the process and your rights, including the governing board meeting (which must consider reinstatement of a permanent exclusion within 15 school days) and the right to ask for an Independent Review Panel, where you can ask for a SEN expert to attend. If your child has SEN, you can also make a disability discrimination claim to the First-tier Tribunal (SEND).

If your child is permanently excluded, Brackenshire County Council must arrange suitable full-time education from the sixth school day (Education Act 1996, s.19). For suspensions of more than five school days, the school must arrange this.

For schools: advice on alternatives to exclusion, managed moves, the In-Year Fair Access Protocol, and reduced timetables (which must only be used for a short time and with a plan to return to full time).

If your child has an EHC plan and is at risk of exclusion, the school should ask us to hold an early or emergency annual review.`,
    tax: ['exclusion-and-school-refusal-support', 'support-services-for-pupils', 'council-services'],
    needs: ['social-emotional-and-mental-health-difficulties', 'autism', 'communication-and-interaction'],
    min: 4, max: 16, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'Exclusions Officer', title: null, email: 'inclusion@brackenshire.gov.uk.example', phone: '01632 960111' }],
    sched: [['Monday', '08:30', '17:00'], ['Tuesday', '08:30', '17:00'], ['Wednesday', '08:30', '17:00'], ['Thursday', '08:30', '17:00'], ['Friday', '08:30', '16:30']],
    lo: null,
    updated: '2026-03-20T14:00:00.000Z', created: '2020-10-01T09:00:00.000Z',
  },
  {
    name: 'Brackenshire Pupil Referral Service',
    org: 'bccEducation',
    desc: `The Brackenshire Pupil Referral Service (PRS) is the county's pupil referral unit. It provides alternative provision for pupils who have been permanently excluded, pupils at risk of exclusion on short-term placements (usually 12 weeks), and some pupils who cannot attend mainstream school for other reasons.

There are three centres:
- Ashcombe (Key Stages 3 and 4, up to 48 pupils)
- Kirkby Lees (Key Stages 2 and 3, up to 24 pupils)
- Wyvern Bay (Key Stage 4, up to 30 pupils, with vocational courses in construction, hair and beauty, and catering)

Pupils are taught in small groups with a high staff ratio. About half of our pupils have identified SEN, mostly social, emotional and mental health needs and speech and language needs; we have a SENCO at each centre and a speech and language therapist two days a week. We aim to return Key Stage 2 and 3 pupils to a mainstream or specialist school wherever possible.

Places are agreed through the Fair Access and Alternative Provision Panel; schools and the council refer. Parents cannot apply directly.

Transport: pupils who live more than the statutory walking distance get free transport.`,
    tax: ['prus-pupil-referral-units', 'exclusion-and-school-refusal-support'],
    needs: ['social-emotional-and-mental-health-difficulties', 'communication-and-interaction', 'cognition-and-learning'],
    min: 7, max: 16, referral: true, free: true,
    locs: ['pruAshcombe', 'pruKirkby', 'pruWyvern'],
    contacts: [
      { name: 'PRS main office (Ashcombe)', title: null, email: 'office@brackenshireprs.sch.uk.example', phone: '01632 960112' },
      { name: 'Kirkby Lees centre', title: null, email: null, phone: '01632 960113' },
      { name: 'Wyvern Bay centre', title: null, email: null, phone: '01632 960114' },
    ],
    sched: [['Monday', '09:00', '14:45'], ['Tuesday', '09:00', '14:45'], ['Wednesday', '09:00', '14:45'], ['Thursday', '09:00', '14:45'], ['Friday', '09:00', '13:00']],
    url: 'https://www.brackenshireprs.sch.uk.example',
    lo: { d: 'Pupil referral unit for pupils excluded or at risk of exclusion.', a: [
      'Pupils re-engage with learning, gain qualifications (GCSEs, functional skills and vocational awards) and move on to school, college, training or work.',
      'All staff are trained in trauma-informed practice and de-escalation (PROACT-SCIPr-UK). The Ashcombe SENCO holds the NPQSENCO.',
      'Each pupil has a key worker who phones home every week. Parents are invited to a review every six weeks.',
      'Weekly phone calls and a report every half term; SEN Support plans are reviewed with you.',
      'Ashcombe centre is in an old listed building with partial wheelchair access (ground floor only). Kirkby Lees and Wyvern Bay are step-free.',
      'Through the pupil\u2019s school or the council\u2019s Fair Access and Alternative Provision Panel.',
      'Opening a primary outreach team in Marston Fold in 2027.',
    ] },
    updated: '2026-01-12T08:00:00.000Z', created: '2020-10-05T09:00:00.000Z',
  },
  {
    name: 'Hospital and Home Education Service (medical needs)',
    org: 'bccEducation',
    desc: `The Hospital and Home Education Service teaches children and young people of compulsory school age who cannot attend school because of their physical or mental health. It is how Brackenshire County Council meets its duty under section 19 of the Education Act 1996 and the statutory guidance "Arranging education for children who cannot attend school because of health needs".

We teach:
- in the school room on Kestrel Ward (children's ward) at Ashcombe County Hospital, every weekday in term time
- at home, in small groups at our teaching bases, and online, for pupils who will miss 15 school days or more (in a row or added up over the year) because of illness

Referrals come from the pupil's school, with medical evidence from a consultant or specialist (for example a paediatrician or the CYPMHS clinician). For mental health needs we accept evidence from a CYPMHS practitioner or the GP where the child is on a waiting list. We should start teaching as soon as it is clear that the child will be away for 15 days or more, and we aim to start within 5 school days of an accepted referral.

The pupil stays on their school's roll and we work with the school on a reintegration plan. Teaching is usually part-time at first, building up as health allows.`,
    tax: ['support-services-for-pupils', 'exclusion-and-school-refusal-support', 'support-services-for-send-pupils'],
    needs: ['social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs'],
    suits: ['mental-health-acquired-brain-injury', 'physical-disabilities'],
    min: 4, max: 16, referral: true, free: true,
    locs: ['hospitalSchool', 'kirkbyLearningCentre'],
    contacts: [{ name: 'Hospital and Home Education Service', title: null, email: 'hhes@brackenshire.gov.uk.example', phone: '01632 960115' }],
    sched: [['Monday', '09:30', '15:00'], ['Tuesday', '09:30', '15:00'], ['Wednesday', '09:30', '15:00'], ['Thursday', '09:30', '15:00'], ['Friday', '09:30', '12:30']],
    lo: { d: 'Education for children who are too ill to attend school.', a: [
      'Pupils keep up with learning while ill, stay connected with their school and return as soon as they are well enough.',
      'Staff have training in mental health first aid and in supporting anxious pupils back to school.',
      'We agree the timetable and the return-to-school plan with you and your child.',
      'You and the school receive a progress report every six weeks.',
      'The hospital school room is step-free with a hoist. Teaching bases are step-free.',
      'Ask your child\u2019s school to refer, with medical evidence.',
      '',
    ] },
    updated: '2026-10-21T09:45:00.000Z', created: '2020-10-05T09:30:00.000Z',
  },
  {
    name: 'Elective Home Education Team',
    org: 'bccEducation',
    desc: `Parents in England have the right to educate their child at home (elective home education, EHE). The council's Elective Home Education Team offers advice and checks that children educated at home are receiving a suitable education, as the law requires.

If your child has an EHC plan: you can still home educate. The council must be satisfied that the home education is suitable, and the plan will be reviewed each year. If your child attends a special school under arrangements made by the council, the council's consent is needed before their name is removed from the school roll. The council is not usually required to pay for home education, but the EHC plan may be amended.

Before you decide: if you are thinking of home education because the school is not meeting your child's needs, or because of anxiety or bullying, please talk to us or Brackenshire SENDIASS first. Once you take your child off roll, the place cannot be held.

We offer: an advisory visit (optional), information about exams and local home education groups, and advice about returning to school. We cannot provide teaching or pay for exam entries.`,
    tax: ['support-for-parents', 'council-services'],
    needs: [],
    min: 5, max: 16, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'EHE Team', title: null, email: 'ehe@brackenshire.gov.uk.example', phone: '01632 960116' }],
    lo: null,
    updated: '2024-07-10T11:00:00.000Z', created: '2020-10-05T10:00:00.000Z',
  },
  {
    name: 'Emotionally Based School Non-Attendance (EBSNA) support',
    org: 'bccSend',
    desc: `Some children and young people find it very hard to go to school because of anxiety or distress. This is sometimes called emotionally based school avoidance (EBSA) or emotionally based school non-attendance (EBSNA). Parents often describe it as "school refusal", but it is rarely a choice.

What we offer:
- "Back on Track" guidance for schools and parents (Brackenshire EBSNA guidance, 2024)
- a six-week parent group run by educational psychologists and the Mental Health Support Teams in schools (online, Tuesday evenings 7pm to 8.30pm, three times a year)
- consultation for school staff with an educational psychologist about a pupil who is struggling to attend
- help from the council's Attendance Support Team to plan a gradual return

Schools should use the "Working together to improve school attendance" (2024) statutory guidance, which says legal action for non-attendance is unlikely to be appropriate where a child's absence is due to SEN or a mental health difficulty and support is being put in place.

Parents can book the parent group themselves. School consultation is arranged by the SENCO.`,
    tax: ['exclusion-and-school-refusal-support', 'mental-and-emotional-health', 'support-for-parents'],
    needs: ['social-emotional-and-mental-health-difficulties', 'autism'],
    min: 5, max: 16, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'EBSNA parent group bookings', title: null, email: 'eps@brackenshire.gov.uk.example', phone: '01632 960117' }],
    sched: [['Tuesday', '19:00', '20:30']],
    lo: { d: 'Support for children who are anxious about going to school, and for their parents.', a: [
      'Children return to school at a pace that works, with a plan that the school, family and child agree.',
      'Educational psychologists trained 120 school staff in EBSNA in 2024 to 2025.',
      'The parent group was designed with parents who had been through it.',
      '',
      'The parent group is online.',
      'Book the parent group by email. For school support, ask the SENCO.',
      '',
    ] },
    updated: '2026-09-02T10:00:00.000Z', created: '2022-09-01T09:00:00.000Z',
  },
  {
    name: 'Post-16 SEND and Specialist Placements Team',
    org: 'bccSend',
    desc: `This team plans education and training for young people aged 16 to 25 with EHC plans, working with sixth forms, Brackenshire College, independent specialist colleges and training providers.

We:
- attend Year 9 and later annual reviews on request to talk about post-16 options and preparing for adulthood
- consult colleges and sixth forms when a young person is moving on; post-16 placements should be named in the final plan by 31 March of the year of transfer
- commission places at specialist post-16 institutions, including those outside Brackenshire (many are on the Secretary of State's list of approved independent special schools and post-16 institutions under section 41), where local provision cannot meet the young person's needs
- work with the Careers and Participation Service to support young people who are not in education, employment or training (NEET)
- decide whether to maintain or cease plans when a young person leaves education or reaches their outcomes (for example getting a job)

An EHC plan can continue up to age 25 where the young person is still in education or training and needs more time to achieve their outcomes. It does not continue automatically: it depends on the outcomes in the plan. Plans cannot continue into higher education (university).`,
    tax: ['post-16-education', 'support-services-for-send-pupils', 'preparing-for-adulthood'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 14, max: 25, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'Post-16 SEND Team', title: null, email: 'post16send@brackenshire.gov.uk.example', phone: '01632 960118' }],
    lo: { d: null, a: [
      'Young people with EHC plans move on to education, training and work that lead to their adult ambitions.',
      '',
      '',
      '',
      '',
      'Young people and parents can contact us directly, or ask us to attend an annual review.',
      'Working with Brackenshire College to open a new foundation learning base at the Wyvern Bay campus in 2027.',
    ] },
    updated: '2026-05-06T12:00:00.000Z', created: '2021-03-15T09:00:00.000Z',
  },
];
