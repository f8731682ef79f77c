// Hand-written entries: adult social care pathways that young people and families move into at 18.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'asc-connect',
    name: 'Adult Social Care Connect (Care Act needs assessments)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/get-help',
    email: 'asc.connect@brackenshire.gov.uk.example',
    ages: [18, 99],
    reviewed: '2026-08-12',
    fees: 'Assessment is free. Most care and support is means-tested: you may pay towards it depending on your income and savings.',
    costs: [['Needs assessment', 0], ['Care and support', null, 'Charges depend on a financial assessment; many people pay nothing or a small weekly amount']],
    areas: 'all',
    sched: [
      weekdays('08:30', '17:00', 'Monday to Friday'),
      words('Out of hours emergencies: Emergency Duty Team.')
    ],
    langs: ['en'],
    funding: ['asc'],
    contacts: [
      { name: 'Adult Social Care Connect', phones: [['01632 960600', 'Monday to Friday 8.30am to 5pm']] },
      { name: 'Emergency Duty Team', phones: [['01632 960601']] }
    ],
    terms: ['social', 'social.adult', 'need.any', 'access.assessment'],
    desc: `The first point of contact for adults (18 and over) who may need care and support, and for their carers. Adults can contact us themselves, or a family member or professional can contact us with their agreement.

We start with a conversation about what matters to you and what's working. We can give information and advice, point you to community support, arrange short-term help or equipment, or carry out a needs assessment under section 9 of the Care Act 2014. If you have eligible needs (under the national eligibility criteria), we agree a care and support plan and a personal budget with you, which you can take as a direct payment.

Young people who are already known to the Disabled Children's Service or the Preparing for Adulthood team don't need to contact us: their transition assessment covers this.

Adult social care is means-tested. After your assessment we'll do a financial assessment to work out whether you need to contribute.`
  },
  {
    key: 'asc-ld-autism',
    name: 'Adult Learning Disability and Autism Social Work Team',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/learning-disability-autism',
    email: 'ldautism.team@brackenshire.gov.uk.example',
    ages: [18, 99],
    reviewed: '2026-06-23',
    fees: 'Assessment free; services means-tested',
    areas: 'all',
    locs: ['ash-meadowbank'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['asc'],
    contacts: [{ name: 'LD and Autism Team duty worker', phones: [['01632 960610']] }],
    terms: ['social', 'social.adult', 'need.ld', 'need.autism', 'access.assessment'],
    desc: `Social workers and community care practitioners for adults with a learning disability, and autistic adults with care and support needs. We work closely with the NHS Community Team for People with Learning Disabilities (CTPLD), and some of us are based together at the Meadowbank Centre.

We carry out Care Act assessments and reviews, support people to live as independently as possible (supported living, Shared Lives, help at home, day opportunities, employment support), safeguarding, and Mental Capacity Act assessments and best interests decisions.

Young people moving from the Disabled Children's Service transfer to us after their transition assessment, usually around their 18th birthday, or stay with the 0-25 Preparing for Adulthood team until 25 if that suits them better.

Contact via Adult Social Care Connect or our duty worker.`
  },
  {
    key: 'asc-shared-lives',
    name: 'Brackenshire Shared Lives',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/shared-lives',
    email: 'sharedlives@brackenshire.gov.uk.example',
    ages: [16, 99],
    reviewed: '2026-01-22',
    fees: 'Means-tested through adult social care',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Office Monday to Friday')],
    funding: ['asc'],
    contacts: [{ name: 'Shared Lives team', phones: [['01632 960615']] }],
    terms: ['social', 'social.adult', 'social.transition', 'need.ld', 'need.autism', 'access.assessment'],
    accred: 'Shared Lives scheme registered with the Care Quality Commission. Member of Shared Lives Plus.',
    desc: `In Shared Lives, an adult who needs support lives with, or regularly visits, an approved Shared Lives carer and becomes part of their family life. It can be long-term living, short breaks (including for young adults who used Family Link as children), or day support.

Young people can start getting to know a Shared Lives carer from 16 as part of their preparing for adulthood plan. Arranged through a social worker after a Care Act assessment. We're always looking for new carers.`
  },
  {
    key: 'asc-meadowbank',
    name: 'Meadowbank Centre day opportunities',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/day-opportunities/meadowbank',
    ages: [18, 99],
    reviewed: '2026-04-14',
    fees: 'Means-tested. Lunch £4.20.',
    costs: [['Lunch', 4.2, 'per day'], ['Day opportunity', null, 'Charge depends on financial assessment']],
    areas: 'all',
    locs: ['ash-meadowbank'],
    sched: [weekdays('09:30', '15:30', 'Monday to Friday, closed bank holidays')],
    funding: ['asc'],
    contacts: [{ name: 'Meadowbank Centre', phones: [['01632 960620']] }],
    terms: ['social', 'social.adult', 'need.ld', 'need.pd', 'access.assessment'],
    desc: `Day centre for adults with a learning disability, including people with profound and multiple learning disabilities and high support needs. Cafe and catering skills, horticulture, arts, music, sensory sessions, swimming and community trips. Changing Places facility and hoists. Arranged by a social worker after assessment; you can also use a direct payment to buy sessions. Transport available (charged).`
  },
  {
    key: 'asc-fairholme',
    name: 'Fairholme adult short breaks (respite)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/short-breaks/fairholme',
    email: 'fairholme@brackenshire.gov.uk.example',
    ages: [18, 99],
    reviewed: '2026-03-31',
    fees: 'Means-tested; charged per night according to the financial assessment',
    areas: 'all',
    locs: ['ash-fairholme'],
    sched: [words('Open all year. Planned stays of 1 to 7 nights.')],
    funding: ['asc'],
    contacts: [{ name: 'Fairholme', phones: [['01632 960621']] }],
    terms: ['social', 'social.adult', 'social.sb', 'social.sb.specialist', 'social.transition', 'need.ld', 'need.autism', 'need.pd', 'access.assessment'],
    accred: 'Registered with the Care Quality Commission. Rated Good (2024).',
    desc: `Overnight short breaks for adults aged 18 and over with a learning disability who live with family carers, giving the carer a break and the adult a holiday with friends.

For young people who have used Larkspur House: we work with Larkspur staff from about 17 so that the move is gradual, with tea visits and a first night before your 18th birthday if possible. Allocation is based on the adult's Care Act assessment and the carer's assessment.`
  },
  {
    key: 'asc-direct-payments',
    name: 'Direct payments for adults',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/direct-payments',
    email: 'directpayments@brackenshire.gov.uk.example',
    ages: [18, 99],
    reviewed: '2026-04-15',
    fees: 'Your contribution (if any) depends on a financial assessment',
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Monday to Friday')],
    funding: ['asc'],
    contacts: [{ name: 'Direct Payments Team', phones: [['01632 960120']] }],
    terms: ['social', 'social.adult', 'social.budgets', 'access.assessment'],
    desc: `Adults with eligible care and support needs, and carers with eligible needs, can take their personal budget as a direct payment and arrange their own support. If the adult lacks capacity to manage a direct payment, a suitable person (often a parent) can manage it for them. Young people who had a children's direct payment move to an adult direct payment after their transition assessment; the amount may change and a means-tested contribution may apply. Support from the Brackenshire Independent Living Centre is available.`
  },
  {
    key: 'asc-lifeline',
    name: 'Brackenshire Lifeline (telecare and technology-enabled care)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/lifeline',
    ages: [16, 99],
    reviewed: '2025-08-05',
    fees: '£5.20 a week for the basic service; free for 6 weeks after hospital discharge',
    costs: [['Lifeline alarm and monitoring', 5.2, 'per week'], ['Additional sensors (for example epilepsy or bed sensors)', 1.5, 'per week per sensor']],
    areas: 'all',
    sched: [words('Monitoring centre staffed 24 hours, 365 days a year.')],
    funding: ['asc', 'Service user charges'],
    contacts: [{ name: 'Brackenshire Lifeline', phones: [['01632 960630']] }],
    terms: ['social', 'social.adult', 'social.equipment', 'need.medical', 'need.ld', 'access.open'],
    desc: `Alarm pendants and sensors linked to a 24-hour monitoring centre. Includes epilepsy seizure sensors, bed and door sensors, and GPS devices, which can help young adults live more independently or give family carers peace of mind. Anyone can buy the service; it can also be provided as part of a care and support plan.`
  },
  {
    key: 'asc-sensory-team',
    name: 'Adult Sensory Team (deaf, deafblind and sight loss)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/sensory-team',
    email: 'sensoryteam@brackenshire.gov.uk.example',
    ages: [18, 99],
    reviewed: '2026-02-04',
    fees: 'Assessment, rehabilitation and most small equipment are free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday. Contact by text, email or video relay as well as phone.')],
    langs: ['en', 'bfi'],
    funding: ['asc'],
    contacts: [{ name: 'Adult Sensory Team', phones: [['01632 960635', 'Voice or text relay']] }],
    terms: ['social', 'social.adult', 'social.equipment', 'need.hi', 'need.vi', 'need.sp', 'access.open'],
    desc: `Social workers and rehabilitation officers for adults who are deaf, hard of hearing, deafblind, or have sight loss. Includes a BSL-using social worker. We offer mobility and independent living training, equipment (for example flashing doorbells and vibrating smoke alarms), the sight loss register, and support to stay in work or study. Young people supported by the habilitation service and the Sensory Support Service can be introduced to us from 17. Self-referral welcome.`
  },
  {
    key: 'asc-carers-assessment',
    name: 'Carer\'s assessment for adult carers (Care Act)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/adult-social-care/carers',
    ages: [18, 99],
    reviewed: '2026-08-12',
    fees: 'Free. Support for carers is not charged for in Brackenshire.',
    areas: 'all',
    sched: [weekdays('08:30', '17:00', 'Via Adult Social Care Connect')],
    funding: ['asc', 'bcf'],
    contacts: [{ name: 'Adult Social Care Connect', phones: [['01632 960600']] }],
    terms: ['social', 'social.carers', 'social.adult', 'access.assessment'],
    desc: `If you care for an adult (aged 18 or over), including your own son or daughter, you can have a carer's assessment under section 10 of the Care Act 2014, whether or not the person you care for gets support from us. We look at the impact of caring on your life and whether you have eligible needs. Support might include a carer's personal budget (for example for a break, a course or gym membership), or support for the person you care for so you get a break. Brackenshire Carers' Centre can carry out assessments on our behalf if you prefer.`
  }
];
