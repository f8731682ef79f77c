// Hand-written Outpost entries: information, advice and support; disagreement resolution and redress.
// FICTIONAL local organisations; national bodies (Contact, IPSEA, the tribunal, the ombudsmen) are named as
// they really are, with their real national role, but with .example web addresses and 01632 numbers.

export const advice = [
  {
    name: 'Brackenshire SENDIASS (Special Educational Needs and Disabilities Information, Advice and Support Service)',
    org: 'sendiass',
    desc: `Brackenshire SENDIASS gives free, impartial and confidential information, advice and support about special educational needs and disability (SEND), and related health and social care, to:
- parents and carers of children and young people aged 0 to 25 with SEND
- children and young people themselves (we have a separate young people's worker and text service for 16 to 25 year olds)

We can help you to:
- understand SEN Support and what your child's school or college should be doing
- ask for an EHC needs assessment and take part in it
- check a draft EHC plan and prepare for an annual review
- prepare for meetings, and sometimes come with you
- understand exclusions, transport, personal budgets and disagreement resolution
- understand your options if you disagree with a decision, including mediation and appeals to the First-tier Tribunal (SEND); we can help with appeal paperwork but we do not represent families at hearings

We are funded by Brackenshire County Council and NHS Brackenshire and Wyvern Integrated Care Board, but run at arm's length from both, as the law requires (Children and Families Act 2014, s.32). We follow the national Minimum Standards for IASS.

Helpline: Monday to Friday 9.30am to 2.30pm (answerphone at other times; we aim to call back within 3 working days; at busy times, especially September and the spring phase-transfer period, it can take up to 7 working days). Outreach drop-ins at family hubs: Kirkby Lees Family Hub (first Monday of the month) and Wyvern Bay Family Hub (last Friday of the month); our outreach worker is also based at Ashcombe Family Hub one day a week.

Interpreters can be arranged, including BSL. Easy read leaflets available.`,
    tax: ['send-services', 'support-for-parents', 'advice-and-support'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: ['sendiass', 'kirkbyFamilyHub', 'courtHouseBay'],
    contacts: [
      { name: 'Helpline', title: null, email: 'hello@brackenshiresendiass.org.uk.example', phone: '01632 960200' },
      { name: 'Young people\u2019s text and WhatsApp line (16 to 25)', title: null, email: null, phone: '01632 960201' },
    ],
    sched: [['Monday', '09:30', '14:30'], ['Tuesday', '09:30', '14:30'], ['Wednesday', '09:30', '14:30'], ['Thursday', '09:30', '14:30'], ['Friday', '09:30', '14:30']],
    links: [['Facebook', 'https://www.facebook.com.example/BrackenshireSENDIASS']],
    url: 'https://www.brackenshiresendiass.org.uk.example',
    lo: { d: 'Free, impartial, confidential SEND information, advice and support, 0 to 25.', a: [
      'Parents and young people feel informed, confident and able to take part in decisions about their education, health and care.',
      'All advisers complete the Council for Disabled Children\u2019s IASS Network Level 1 and 2 SEND law training, with annual legal updates. Two advisers have Level 3 (tribunal) training.',
      'Our steering group includes parent carers nominated by the Parent Carer Forum. We ask everyone we support for feedback and publish an annual report.',
      'We keep your information confidential and only share it with your permission (unless there is a safeguarding concern).',
      'Our office is step-free with parking. We can meet at family hubs, libraries or your home if needed.',
      'Phone, email, use the contact form on our website, or come to a drop-in. You do not need a referral.',
      'Expanding the young people\u2019s service with a peer-support group from 2027.',
    ] },
    updated: '2026-07-14T09:00:00.000Z', created: '2020-09-01T09:00:00.000Z',
  },
  {
    name: 'Brackenshire Parent Carer Forum',
    org: 'pcf',
    desc: `We are Brackenshire's parent carer forum: parents and carers of children and young people with SEND (0 to 25) who work with the council, the NHS and schools to make services better. We are one of the forums across England in the National Network of Parent Carer Forums (NNPCF), and we receive a Department for Education grant.

We are not an advice service and we can't take up individual cases (for those, contact SENDIASS), but:
- our Facebook group (over 2,300 members) is a place to share experiences and ask other parents
- we hold coffee mornings in every district and "Meet the Professionals" events where you can ask questions of the SEND team, therapists and CYPMHS
- we run an annual survey, and parents' views go straight into the SEND Partnership Board, which we co-chair
- we co-produced the Ordinarily Available Provision guide, the Short Breaks Statement and the new EHC plan template

Membership is free. Come along to anything, however much or little time you have.

Coffee mornings: Ashcombe (2nd Tuesday, The Lantern Centre, 10am to 12pm), Kirkby Lees (every other Tuesday, Kirkby Lees Family Hub, Weavers Row, with the family hub team), Wyvern Bay (3rd Monday, Wyvern Bay Family Hub), Marston Fold and Thornhollow (online, monthly Wednesday evenings).`,
    tax: ['support-groups', 'send-services', 'carers', 'support-for-parents'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: ['lanternCentre', 'kirkbyFamilyHub', 'courtHouseBay'],
    contacts: [{ name: 'Forum co-ordinator', title: null, email: 'info@brackenshirepcf.org.uk.example', phone: '01632 960202' }],
    sched: [['Tuesday', '10:00', '12:00'], ['Monday', '10:00', '12:00'], ['Wednesday', '19:30', '21:00']],
    links: [['Facebook group', 'https://www.facebook.com.example/groups/brackenshirepcf']],
    url: 'https://www.brackenshirepcf.org.uk.example',
    lo: { d: 'The parent-led forum for families of children and young people with SEND.', a: [
      'Services that are designed with families, not just for them, and parents who feel less alone.',
      'Our steering group have had training from Contact on co-production and from IPSEA on SEND law.',
      'Everything we do is run by parents. Join the mailing list, come to a coffee morning, or fill in the annual survey.',
      'We share what we\u2019ve heard and what changed in our newsletter every term ("You said, we did").',
      'Most venues are step-free; we do online sessions for parents who can\u2019t get out.',
      'Just come along, or email us to join (free).',
      'Setting up a dads\u2019 group and a group for parents of young adults (18 to 25).',
    ] },
    updated: '2026-10-03T19:20:00.000Z', created: '2020-09-01T09:30:00.000Z',
  },
  {
    name: 'Brackenshire Family Information Service',
    org: 'bccEarlyYears',
    desc: `The Family Information Service (FIS) gives free information to families with children and young people aged 0 to 19 (up to 25 for young people with SEND). Councils have to provide this (Childcare Act 2006, s.12).

We can help you:
- find childcare, including childminders and nurseries that have experience of caring for children with SEND, and holiday clubs
- check whether you are eligible for funded early education for 2, 3 and 4 year olds and for working parents from 9 months, and help with childcare costs
- find activities, clubs and short breaks in your area
- find your way around the SEND Local Offer

If you are struggling to find childcare for a disabled child, ask us for brokerage: an adviser will contact providers on your behalf.

Phone lines Monday to Thursday 9am to 5pm, Friday 9am to 4.30pm. We also have an online directory and a monthly e-newsletter.`,
    tax: ['council-services', 'childcare-and-early-years', 'support-for-parents'],
    needs: [],
    min: 0, max: 25, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'Family Information Service', title: null, email: 'fis@brackenshire.gov.uk.example', phone: '01632 960203' }],
    sched: [['Monday', '09:00', '17:00'], ['Tuesday', '09:00', '17:00'], ['Wednesday', '09:00', '17:00'], ['Thursday', '09:00', '17:00'], ['Friday', '09:00', '16:30']],
    url: 'https://www.brackenshire.gov.uk.example/fis',
    lo: null,
    updated: '2026-04-01T09:00:00.000Z', created: '2020-06-01T09:00:00.000Z',
  },
  {
    name: 'Brackenshire SEND Local Offer: feedback and "You said, we did"',
    org: 'bccSend',
    desc: `The Local Offer is where Brackenshire County Council publishes information about the education, health and care support it expects to be available for children and young people with SEND aged 0 to 25, in Brackenshire and outside it (Children and Families Act 2014, s.30).

We have to publish the comments we receive about the Local Offer and what we have done about them. Tell us if:
- information is wrong or out of date
- you can't find something
- there is a gap: something your child needs that isn't available

Use the feedback button on any page, email, or phone. We also review the Local Offer with Brackenshire Parent Carer Forum and Brackenshire Voices each year. Our "You said, we did" page lists every theme raised and the response; the 2025 to 2026 report is now published.

If you don't have internet access, you can ask for any Local Offer information to be sent by post, or use the free computers in any Brackenshire library, where staff can help you.`,
    tax: ['send-services', 'council-services'],
    needs: [],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Local Offer team', title: null, email: 'localoffer@brackenshire.gov.uk.example', phone: '01632 960204' }],
    url: 'https://www.brackenshire.gov.uk.example/localoffer/feedback',
    lo: { d: null, a: ['', '', 'Feedback from families is reviewed every month and published with our response.', '', '', 'Use the feedback form, email or phone.', ''] },
    updated: '2026-08-11T10:00:00.000Z', created: '2020-06-01T09:30:00.000Z',
  },
  {
    name: 'Contact \u2013 for families with disabled children (national helpline)',
    org: 'contact',
    desc: `Contact is the national charity for families with disabled children across the UK. Its free helpline gives advice on:
- benefits and money, including Disability Living Allowance, Carer's Allowance and Universal Credit (the helpline offers benefits checks)
- education and SEND (with specialist education advisers)
- social care and short breaks
- sleep, behaviour and wellbeing (through its family workshops and online support)

Contact also runs free online workshops for parents (for example "Understanding DLA", "Preparing for adulthood", "Sleep"), publishes guides, and has a medical information service about rare conditions and syndromes. It supports and trains parent carer forums across England.

Free helpline Monday to Friday 9.30am to 5pm. Interpreters available in many languages.`,
    tax: ['send-services', 'money-benefits-and-allowances', 'support-for-parents', 'carers'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Contact helpline', title: null, email: 'helpline@contact.org.uk.example', phone: '01632 960205' }],
    sched: [['Monday', '09:30', '17:00'], ['Tuesday', '09:30', '17:00'], ['Wednesday', '09:30', '17:00'], ['Thursday', '09:30', '17:00'], ['Friday', '09:30', '17:00']],
    url: 'https://contact.org.uk.example',
    lo: null,
    updated: '2026-11-17T09:00:00.000Z', created: '2021-05-05T09:00:00.000Z',
  },
  {
    name: 'IPSEA \u2013 Independent Provider of Special Education Advice',
    org: 'ipsea',
    desc: `IPSEA is a national charity that gives free, legally based advice to families of children and young people with SEND in England. Its trained volunteers explain what the law says the council and schools must do.

Services:
- Advice Line: book a call back online; a trained adviser phones you
- Tribunal Helpline: for families appealing to the First-tier Tribunal (SEND) or making a disability discrimination claim
- Tribunal Support Service: for some families, casework support and, occasionally, representation
- model letters (for example to request an EHC needs assessment or ask for a plan to be amended) and a detailed website on SEND law
- training for parents and professionals (some courses charge a fee)

IPSEA does not give advice on health or social care complaints, and it cannot take on every case: demand is high and the service is delivered by volunteers.`,
    tax: ['send-services', 'complaints-disagreements-and-appeals', 'support-for-parents'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'IPSEA Advice Line (book online)', title: null, email: null, phone: '01632 960206' }],
    url: 'https://www.ipsea.org.uk.example',
    lo: null,
    updated: '2026-02-27T12:00:00.000Z', created: '2021-05-05T09:10:00.000Z',
  },
  {
    name: 'Brackenshire Voices \u2013 SEND youth forum',
    org: 'youthVoice',
    desc: `Brackenshire Voices is a group of young people aged 13 to 25 with SEND who tell the council and NHS what it's really like and help change things.

We've helped write the "All About Me" pages of the new EHC plan, interviewed staff for the SEND team, checked the Local Offer for young people and made a film about starting college.

We meet twice a month on Thursday evenings at Weavers Yard in Kirkby Lees (6pm to 7.30pm), with pizza, and online in between. Travel costs are paid. We have youth workers with SEND experience, and a quiet room.

You can also earn volunteering hours and a reference. Just get in touch.`,
    tax: ['activities-for-young-people', 'friendships-and-community', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 13, max: 25, referral: false, free: true,
    locs: ['kirkbyLearningCentre'],
    contacts: [{ name: 'Participation worker', title: null, email: 'voices@brackenshire.gov.uk.example', phone: '01632 960207' }],
    sched: [['Thursday', '18:00', '19:30']],
    lo: { d: 'The SEND youth forum for young people aged 13 to 25.', a: [
      'Young people with SEND are listened to and their ideas change services; members grow in confidence and make friends.',
      'Youth workers are trained in autism awareness and Makaton.',
      'Parents are welcome to get in touch, but the group is for young people.',
      '',
      'Weavers Yard is step-free with a lift and accessible toilet. There is a quiet room.',
      'Contact the participation worker, or ask your school or college to put you in touch.',
      '',
    ] },
    updated: '2026-09-25T17:00:00.000Z', created: '2022-01-10T09:00:00.000Z',
  },
  {
    name: 'Brackenshire Mencap \u2013 Family Advice and Support',
    org: 'mencap',
    desc: `Our family advisers support parents and carers of children and adults with a learning disability living in Brackenshire.

We can help with: filling in DLA, PIP and Carer's Allowance forms; preparing for EHC plan reviews and transition to adult services; finding short breaks and activities; understanding the Mental Capacity Act when your son or daughter turns 16, and applying to the Court of Protection for deputyship if needed; wills and trusts (through our volunteer solicitors' clinic, twice a year).

Advice is by phone, email or appointment at our office in Ashcombe, or at home if you can't get out.

We also run the Saturday Club, the Friday Friends youth club and the Next Step social club for 16 to 25 year olds. Membership is free; donations welcome.`,
    tax: ['support-groups', 'money-benefits-and-allowances', 'carers', 'send-services'],
    needs: ['cognition-and-learning', 'autism', 'communication-and-interaction'],
    suits: ['learning-difficulties'],
    min: 0, max: null, referral: false, free: true,
    locs: ['lanternCentre'],
    contacts: [{ name: 'Family advisers', title: null, email: 'office@brackenshiremencap.org.uk.example', phone: '01632 960208' }],
    sched: [['Monday', '09:00', '15:00'], ['Tuesday', '09:00', '15:00'], ['Wednesday', '09:00', '15:00'], ['Thursday', '09:00', '15:00']],
    lo: null,
    updated: '2026-11-06T10:00:00.000Z', created: '2021-07-01T09:00:00.000Z',
  },
  {
    name: 'Cerebra \u2013 support for families of children with brain conditions',
    org: 'cerebra',
    desc: `Cerebra is a national charity for children and young people with brain conditions, such as cerebral palsy, autism, learning disabilities, epilepsy or an acquired brain injury, and their families. Its services are free:

- Sleep Advice Service: sleep practitioners help families with a child who has a brain condition and is struggling with sleep, by phone, video or workshops
- Legal Entitlements and Problem-Solving (LEaP) project: helps families who are having difficulty getting the health, social care or education support their child needs, and publishes toolkits and template letters
- Postal lending library of books and sensory resources, and guides for parents
- Innovation Centre: designs one-off products for children whose needs are not met by anything on the market

Anyone can contact Cerebra; no referral is needed.`,
    tax: ['send-services', 'support-for-parents', 'health-and-wellbeing'],
    needs: ['autism', 'cognition-and-learning', 'sensory-and-physical-needs', 'communication-and-interaction'],
    suits: ['learning-difficulties', 'autism', 'physical-disabilities', 'mental-health-acquired-brain-injury'],
    min: 0, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Cerebra', title: null, email: null, phone: '01632 960209' }],
    url: 'https://cerebra.org.uk.example',
    lo: null,
    updated: '2023-09-14T20:00:00.000Z', created: '2021-07-01T09:30:00.000Z',
  },
];

export const redress = [
  {
    name: 'SEND Disagreement Resolution Service',
    org: 'resolve',
    desc: `An independent, free and confidential service to help parents, young people, the council, schools, colleges and health commissioners sort out disagreements about special educational needs early, before they become formal complaints or appeals.

The council must make disagreement resolution arrangements available (Children and Families Act 2014, s.57; SEND Regulations 2014, reg. 36). Using the service is voluntary and does not affect your right to appeal.

You can use it for disagreements about:
- how a school, nursery or college is meeting your child's SEN (with or without an EHC plan)
- how the council or health services are carrying out EHC needs assessments or plans, or delivering provision
- health and social care provision in an EHC plan

It is run by Resolve Mediation CIC, which is independent of the council. A trained facilitator talks to each side and usually sets up a meeting (in person or online) within 4 weeks. Parents and young people can bring a supporter, for example from Brackenshire SENDIASS.

This service is not the same as mediation before a tribunal appeal (see "SEND Mediation Service"), though the same provider runs both.`,
    tax: ['complaints-disagreements-and-appeals', 'send-services'],
    needs: [],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Resolve Mediation CIC \u2013 SEND team', title: null, email: 'send@resolvemediation.org.uk.example', phone: '01632 960210' }],
    sched: [['Monday', '09:00', '17:00'], ['Tuesday', '09:00', '17:00'], ['Wednesday', '09:00', '17:00'], ['Thursday', '09:00', '17:00'], ['Friday', '09:00', '16:00']],
    lo: { d: 'Independent disagreement resolution for SEND.', a: [
      'Disagreements are resolved early, relationships are kept, and children get the support they need without waiting for an appeal.',
      'All facilitators are accredited mediators with SEND-specific training (Level 4 SEN mediation).',
      '',
      'Agreements made in a meeting are written up and sent to both sides within 5 working days.',
      'Meetings can be held online or at a neutral accessible venue in your district.',
      'Contact Resolve directly. You do not need a referral.',
      '',
    ] },
    updated: '2026-02-25T09:30:00.000Z', created: '2020-11-01T09:00:00.000Z',
  },
  {
    name: 'SEND Mediation Service (mediation before an appeal to the tribunal)',
    org: 'resolve',
    desc: `If you want to appeal to the First-tier Tribunal (SEND) about an EHC needs assessment or plan, you must first contact a mediation adviser (unless your appeal is only about the school or college named in the plan, section I). This is required by section 55 of the Children and Families Act 2014.

Brackenshire's mediation adviser is Resolve Mediation CIC, which is independent of the council.

How it works:
1. Contact Resolve within two months of the date of the council's decision letter.
2. The adviser explains mediation. You decide whether to go ahead.
3. If you don't want mediation, you'll get a certificate within 3 working days. You then have one month from the certificate (or two months from the decision, whichever is later) to appeal.
4. If you want mediation, the council must take part, and it must happen within 30 days. The mediator is independent. You'll get a certificate within 3 working days after mediation, whatever the outcome.

Mediation can also cover the health and social care parts of an EHC plan; the ICB or council's social care team must take part when invited. Young people aged 16 to 25 can use the service in their own right. Mediation is free, and the council pays reasonable travel costs.`,
    tax: ['complaints-disagreements-and-appeals', 'send-services'],
    needs: [],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Resolve Mediation CIC \u2013 mediation adviser', title: null, email: 'send@resolvemediation.org.uk.example', phone: '01632 960210' }],
    lo: { d: null, a: ['', '', '', '', '', 'Phone or email Resolve, quoting the date of the council\u2019s decision letter.', ''] },
    updated: '2026-02-25T09:40:00.000Z', created: '2020-11-01T09:05:00.000Z',
  },
  {
    name: 'First-tier Tribunal (Special Educational Needs and Disability)',
    org: 'hmcts',
    desc: `The First-tier Tribunal (SEND), often called "the SEND tribunal", is an independent national tribunal. It hears appeals from parents and young people against council decisions about EHC needs assessments and EHC plans, and claims of disability discrimination against schools.

You can appeal if the council:
- refuses to carry out an EHC needs assessment or a re-assessment
- decides not to issue an EHC plan
- issues or amends a plan and you disagree with the description of needs (section B), the special educational provision (section F) or the school or placement named (section I), or that no school is named
- refuses to amend a plan after a review
- decides to cease (end) the plan

When you appeal about sections B, F or I (or a refusal to issue a plan) you can also ask the tribunal to make recommendations about the health and social care parts of the plan. These are recommendations, not orders.

Time limits: two months from the date of the decision letter, or one month from the date of the mediation certificate, whichever is later. You must have contacted the mediation adviser first (except for appeals only about section I). For disability discrimination claims against a school: within six months of the discrimination.

Appealing is free. Hearings are usually held by video, or in person at a hearing centre, before a judge and a specialist member. Young people aged 16 to 25 appeal in their own right. It often takes many months from lodging an appeal to a hearing. The council must carry out the tribunal's orders within time limits set in regulations (for example, 5 weeks to issue an amended plan).

Forms: SEND35 (appeal), SEND4A (discrimination claim). Free help: SENDIASS, IPSEA, Contact.`,
    tax: ['complaints-disagreements-and-appeals', 'send-services'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 25, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'SEND Tribunal enquiries', title: null, email: 'send@justice.gov.uk.example', phone: '01632 960211' }],
    url: 'https://www.gov.uk.example/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability',
    lo: null,
    updated: '2026-05-05T10:00:00.000Z', created: '2020-11-01T09:10:00.000Z',
  },
  {
    name: 'Brackenshire County Council complaints (including children\u2019s social care complaints)',
    org: 'bccCustomer',
    desc: `If you are unhappy with a Brackenshire County Council service, for example how the SEND team handled your child's EHC plan, delays, home-to-school transport or a social care decision, you can complain. Please tell us within 12 months.

Corporate complaints procedure (most services, including SEND and transport):
- Stage 1: the service manager responds within 10 working days
- Stage 2: if you are still unhappy, a senior manager reviews your complaint and responds within 20 working days

Children's social care (for example the Disabled Children's Service or short breaks) follows the statutory procedure under the Children Act 1989 and the Children Act 1989 Representations Procedure (England) Regulations 2006:
- Stage 1: local resolution, within 10 working days (up to 20)
- Stage 2: an independent investigation, within 25 working days (up to 65)
- Stage 3: a review panel
Children and young people can get a free independent advocate to help them complain.

Adult social care complaints have a single stage.

Some decisions cannot go through the complaints procedure because there is another route: for example, the content of an EHC plan or a refusal to assess (appeal to the First-tier Tribunal (SEND)), or a school's decision (use the school's own complaints procedure). If you are still unhappy after our final response, you can go to the Local Government and Social Care Ombudsman.

Complain online, by email, by phone or by letter to the Customer Feedback Team, County Hall. We can arrange help if you need it.`,
    tax: ['complaints-disagreements-and-appeals', 'council-services'],
    needs: [],
    min: 0, max: null, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'Customer Feedback Team', title: null, email: 'complaints@brackenshire.gov.uk.example', phone: '01632 960212' }],
    url: 'https://www.brackenshire.gov.uk.example/complaints',
    lo: null,
    updated: '2026-07-01T09:00:00.000Z', created: '2020-06-01T10:00:00.000Z',
  },
  {
    name: 'Complaints about NHS services (NHS Brackenshire and Wyvern ICB Patient Experience Team)',
    org: 'icb',
    desc: `If you are unhappy with an NHS service, for example a therapy service, a child development centre, CYPMHS or a wait for an autism assessment, you can complain either to the organisation that provided the care, or to the organisation that commissions (pays for) it. For most community health services in Brackenshire, that is NHS Brackenshire and Wyvern Integrated Care Board (ICB). You cannot complain to both about the same thing.

Complain within 12 months of the event, or of when you found out about it. The ICB will acknowledge your complaint within 3 working days and agree with you how it will be handled and how long it will take.

You can get free, independent help to make an NHS complaint from the NHS Complaints Advocacy service that Brackenshire County Council commissions (through Healthwatch Brackenshire).

If you are still unhappy after the final response, you can ask the Parliamentary and Health Service Ombudsman to look at it.

For a quick informal fix (for example a missed appointment), the hospital's PALS (Patient Advice and Liaison Service) is often faster.

The ICB also employs a Designated Clinical Officer for SEND, who can help where health provision in an EHC plan is not being delivered.`,
    tax: ['complaints-disagreements-and-appeals', 'health-services'],
    needs: [],
    min: 0, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Patient Experience Team', title: null, email: 'bw.patientexperience@nhs.net.example', phone: '01632 960213' }],
    lo: null,
    updated: '2025-12-08T09:00:00.000Z', created: '2022-07-01T09:00:00.000Z',
  },
  {
    name: 'Local Government and Social Care Ombudsman',
    org: 'lgsco',
    desc: `The Local Government and Social Care Ombudsman (LGSCO) looks at complaints about councils, including Brackenshire County Council and the district and borough councils, and about adult social care providers. It is free, independent and impartial.

In SEND, the Ombudsman often looks at: delays in EHC needs assessments and plans (beyond the 20-week limit), failure to deliver the provision in an EHC plan, failure to arrange education for a child who is out of school (Education Act 1996, s.19), home-to-school transport, and children's social care complaints.

Before you go to the Ombudsman, you normally have to complete the council's complaints procedure. You should usually complain to the Ombudsman within 12 months of finding out about the problem.

The Ombudsman cannot usually investigate a matter you have a right to appeal to the First-tier Tribunal (SEND), and it cannot look into what happens inside a school (for example teaching or discipline). It can recommend that the council apologises, pays a financial remedy, or changes how it does things.`,
    tax: ['complaints-disagreements-and-appeals'],
    needs: [],
    min: 0, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'LGSCO advice team', title: null, email: null, phone: '01632 960214' }],
    url: 'https://www.lgo.org.uk.example',
    lo: null,
    updated: '2026-10-14T09:00:00.000Z', created: '2020-11-01T09:20:00.000Z',
  },
  {
    name: 'Parliamentary and Health Service Ombudsman',
    org: 'phso',
    desc: `The Parliamentary and Health Service Ombudsman (PHSO) makes final decisions on complaints about NHS services in England that have not been resolved by the NHS organisation, and about UK government departments and some public bodies (for example how the Department for Work and Pensions handled a benefit claim, such as long delays or lost forms; a disagreement with the benefit decision itself goes through mandatory reconsideration and appeal instead).

For NHS complaints: complain to the NHS provider or the ICB first and get a final response. You should normally bring your complaint to the Ombudsman within 12 months. For government departments, your complaint must be referred by an MP.

The service is free. The Ombudsman can recommend an apology, a financial remedy or changes to stop the same thing happening again.`,
    tax: ['complaints-disagreements-and-appeals', 'health-services'],
    needs: [],
    min: 0, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'PHSO helpline', title: null, email: null, phone: '01632 960215' }],
    url: 'https://www.ombudsman.org.uk.example',
    lo: null,
    updated: '2024-02-19T09:00:00.000Z', created: '2020-11-01T09:25:00.000Z',
  },
];
