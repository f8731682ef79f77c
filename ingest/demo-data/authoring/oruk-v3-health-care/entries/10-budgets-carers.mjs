// Hand-written entries: direct payments and personal budgets; parent carers, young carers and siblings.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'dp-children',
    name: 'Direct payments for disabled children and their families',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/social-care/direct-payments',
    email: 'directpayments@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-04-15',
    fees: 'Direct payments are not means-tested for children. The council sets the amount after assessment.',
    costs: [
      ['Personal assistant hourly rate (guide)', 15.2, 'per hour used to calculate direct payments for PAs from April 2026, including employer costs', '2026-04-01', '2027-03-31'],
      ['Agency hourly rate (guide)', 24.5, 'per hour for registered care agencies', '2026-04-01', '2027-03-31']
    ],
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Direct payments team, Monday to Friday')],
    funding: ['csc'],
    contacts: [{ name: 'Direct Payments Team', phones: [['01632 960120']] }],
    terms: ['social', 'social.budgets', 'social.sb.specialist', 'need.any', 'access.assessment'],
    desc: `A direct payment is money from the council paid to you, instead of the council arranging services, so that you can choose and arrange support for your disabled child yourself. Families often use direct payments to employ a personal assistant (PA), pay for a short break provider, or buy support from an agency at times that suit the family.

Who can have one?
Families of children assessed by the Disabled Children's Service as needing services (after a child in need assessment or parent carer needs assessment). Young people aged 16 and 17 can receive direct payments in their own right. From 18, direct payments continue through adult social care.

How it works
- Your social worker agrees the support your child needs and the budget with you.
- Payments go into a separate bank account or a prepaid card account every 4 weeks.
- You keep records and we check the account every 3 months.
- If you employ a PA you become an employer. The Direct Payments Support Service at Brackenshire Independent Living Centre can do payroll, help you recruit, and explain your responsibilities (insurance, DBS checks, pensions).

You can't usually employ a close relative who lives in the same household, except in exceptional circumstances agreed by the council.

Direct payments can be part of a personal budget in an EHC plan (section J), alongside education and health funding.`
  },
  {
    key: 'dp-support-bilc',
    name: 'Direct Payments Support Service and PA Finder',
    org: 'bilc',
    url: 'https://www.bilc.org.uk.example/direct-payments',
    email: 'dpsupport@bilc.org.uk.example',
    ages: [0, 99],
    reviewed: '2026-01-27',
    fees: 'Advice is free. Payroll service £6.50 a month per employee (can be paid from your direct payment).',
    costs: [['Advice and PA Finder', 0], ['Payroll service', 6.5, 'per month per employee, paid from the direct payment']],
    areas: 'all',
    locs: ['ash-library'],
    sched: [weekdays('09:30', '16:00', 'Monday to Friday. Drop-in on Wednesdays 10am to 1pm at Ashcombe Central Library.')],
    funding: ['csc', 'asc'],
    contacts: [{ name: 'Direct Payments Support Service', phones: [['01632 960506']] }],
    terms: ['social', 'social.budgets', 'need.any', 'access.open'],
    desc: `We're a user-led organisation run by disabled people. We help children's families and adults who get direct payments or personal health budgets to use them well.

- PA Finder: a free website where you can advertise for a personal assistant and search PAs who have done our training.
- Employer support: contracts, job descriptions, interviews, DBS checks, holiday pay, pensions and employer's insurance.
- Payroll: we work out wages, tax and National Insurance for your PAs.
- Managed accounts, if you'd rather we paid the bills from your direct payment.
- Peer support: chat to others who employ PAs.

Families can contact us directly, or your social worker can refer you.`
  },
  {
    key: 'personal-budgets-ehc',
    name: 'Personal budgets in EHC plans (education, health and social care)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/personal-budgets',
    email: 'sendpersonalbudgets@brackenshire.gov.uk.example',
    ages: [0, 25],
    reviewed: '2025-07-09',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['hn', 'csc', 'icb'],
    contacts: [{ name: 'SEND Assessment and Review Team', title: 'Ask for the personal budgets lead', phones: [['01632 960160']] }],
    terms: ['social', 'social.budgets', 'health.chc', 'access.ehcp'],
    desc: `If your child has an EHC plan, or the council has agreed to write one, you (or the young person, from 16) can ask for a personal budget. This is an amount of money identified to deliver some of the provision in the plan, under section 49 of the Children and Families Act 2014.

A personal budget can include:
- education funding (for example for specialist equipment, or support to use outside school, where agreed)
- social care funding, usually as a direct payment, after an assessment by the Disabled Children's Service
- health funding, as a personal health budget from the ICB.

You can ask at any point during the EHC needs assessment or at an annual review. The plan will say in section J what the personal budget is for and how it will be managed. If the council refuses a request for a personal budget for education provision, it must tell you why. Direct payments for something delivered in school need the head teacher's agreement.

Not everything can be a personal budget: most support in school is funded from the school's budget and can't be separated out.`
  },
  {
    key: 'pcna',
    name: 'Parent carer needs assessment',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/social-care/parent-carer-needs-assessment',
    email: 'disabledchildren@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-07-28',
    fees: 'Free',
    areas: 'all',
    sched: [words('At home, at a time that suits you. Monday to Friday, with early evening appointments available.')],
    funding: ['csc'],
    contacts: [{ name: 'Disabled Children\'s Service duty social worker', phones: [['01632 960110']] }],
    terms: ['social', 'social.carers', 'social.assessment', 'need.any', 'access.assessment'],
    desc: `If you care for a disabled child under 18, you have the right to an assessment of your own needs as a parent carer (section 17ZD of the Children Act 1989). The council must carry one out if it appears you may have needs for support, or if you ask for one.

The assessment looks at you: your own health and wellbeing, whether you are able and willing to keep caring, your work, education, training and leisure, your other children, and what would help. You can have it on its own, or as part of your child's assessment.

Support that may follow includes short breaks for your child, help at home, a direct payment, a carers' emergency plan, referral to Brackenshire Carers' Centre, or help to return to work. Your child does not have to meet the Disabled Children's Service criteria for you to be assessed.

When your child is approaching 18, you can also ask for a Care Act carer's transition assessment (section 60 of the Care Act 2014), which looks at your needs as a carer of an adult.

Ask the Disabled Children's Service, or contact CADS. Brackenshire Carers' Centre can help you prepare.`
  },
  {
    key: 'carers-centre-parent-carers',
    name: 'Parent carer support (Brackenshire Carers\' Centre)',
    org: 'carerscentre',
    url: 'https://www.brackenshirecarers.org.uk.example/parent-carers',
    email: 'support@brackenshirecarers.org.uk.example',
    ages: [18, 99],
    reviewed: '2026-03-26',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-carers'],
    sched: [
      weekdays('09:30', '16:30', 'Carers\' advice line and drop-in, Monday to Friday'),
      monthly('1WE', '10:00', '12:00', 'Parent carers coffee morning, first Wednesday', { at: 'ash-carers' }),
      monthly('3TH', '19:00', '20:30', 'Online evening group for working parent carers, third Thursday', { attend: 'Online' })
    ],
    langs: ['en', 'ur'],
    funding: ['csc', 'asc', 'charity'],
    contacts: [{ name: 'Carers\' advice line', phones: [['01632 960504']] }],
    terms: ['social', 'social.carers', 'need.any', 'access.open'],
    desc: `If you look after a disabled child or young adult, you're a carer too, and it's OK to need support.

We offer: a listening ear on our advice line, help to claim Carer's Allowance and other benefits, support to prepare for a parent carer needs assessment, wellbeing days and pamper sessions, counselling (up to 6 sessions), training (first aid, moving and handling, managing stress), and groups where you can meet other parent carers.

We also help parents whose son or daughter is moving to adult services at 18: understanding the Care Act, mental capacity, and what changes with benefits and money.

Register with us for free. No referral needed.`
  },
  {
    key: 'carers-emergency-card',
    name: 'Carers\' Emergency Card and contingency plan',
    org: 'carerscentre',
    url: 'https://www.brackenshirecarers.org.uk.example/emergency-card',
    ages: [16, 99],
    reviewed: '2024-09-12',
    fees: 'Free',
    areas: 'all',
    sched: [words('Card holders\' emergency line answered 24 hours a day by the council\'s Lifeline service.')],
    funding: ['asc'],
    contacts: [{ name: 'Carers\' advice line (to register)', phones: [['01632 960504']] }],
    terms: ['social', 'social.carers', 'access.open'],
    desc: `What happens to the person you care for if you're suddenly taken ill or have an accident? Register for a free Carers' Emergency Card. We'll help you write a plan with up to 3 emergency contacts and information about the person you care for. If there's an emergency, whoever finds you calls the number on the card and the Lifeline team puts the plan into action, including arranging emergency care for up to 72 hours if no-one else can help. For carers aged 16 and over, including parent carers.`
  },
  {
    key: 'young-carers',
    name: 'Brackenshire Young Carers (including young carers\' needs assessments)',
    org: 'youngcarers',
    url: 'https://www.brackenshireyoungcarers.org.uk.example',
    email: 'info@brackenshireyoungcarers.org.uk.example',
    ages: [5, 18],
    reviewed: '2026-05-21',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'wb-bayside-youth', 'kl-holdsworth'],
    sched: [
      weekdays('09:00', '17:00', 'Office Monday to Friday'),
      weekly('TU', '16:30', '18:30', 'Young carers club (8 to 12), Ashcombe Family Hub, fortnightly', { at: 'ash-family-hub', interval: 2 }),
      weekly('TH', '17:00', '19:00', 'Young carers youth group (13 to 18), Bayside Youth Centre, weekly', { at: 'wb-bayside-youth' })
    ],
    langs: ['en', 'pl'],
    funding: ['csc', 'charity'],
    contacts: [{ name: 'Brackenshire Young Carers', phones: [['01632 960503']] }],
    terms: ['social', 'social.carers', 'need.any', 'access.open'],
    desc: `A young carer is someone under 18 who helps look after someone in their family who is disabled, ill, has a mental health condition or misuses drugs or alcohol. That includes brothers and sisters of disabled children who help out a lot at home.

We're commissioned by Brackenshire County Council to carry out young carers' needs assessments on its behalf (section 17ZA of the Children Act 1989). An assessment looks at whether caring is affecting your health, education or chances to have a life of your own, and what would help.

Support includes: clubs and youth groups where you can have fun with others who understand, trips and activities in the holidays, one-to-one support, help talking to your school (many Brackenshire schools have a young carers lead), and a Young Carers ID card so that pharmacies and GPs know you're a young carer.

Anyone can refer, including young people themselves, parents, schools and health staff.`
  },
  {
    key: 'young-adult-carers',
    name: 'Young adult carers (16 to 25)',
    org: 'youngcarers',
    url: 'https://www.brackenshireyoungcarers.org.uk.example/young-adult-carers',
    ages: [16, 25],
    reviewed: '2026-05-21',
    fees: 'Free',
    areas: 'all',
    sched: [monthly('2MO', '18:00', '20:00', 'Monthly meet-up, Ashcombe, plus WhatsApp group and one-to-one support')],
    funding: ['csc', 'asc'],
    contacts: [{ name: 'Young Adult Carers worker', phones: [['01632 960503']] }],
    terms: ['social', 'social.carers', 'social.transition', 'access.open'],
    desc: `Support for young adults aged 16 to 25 who care for someone, to help them stay in college, get into work or university and have time for themselves. Help with a Care Act carer's assessment from 18 (or a transition assessment under section 63 before 18), Carer's Allowance, and talking to your college or employer about flexibility. Self-referral welcome.`
  },
  {
    key: 'sibling-club',
    name: 'Sibs Club: for brothers and sisters of disabled children',
    org: 'youngcarers',
    url: 'https://www.brackenshireyoungcarers.org.uk.example/sibs-club',
    ages: [6, 14],
    reviewed: '2026-05-21',
    fees: 'Free',
    areas: 'all',
    locs: ['kl-holdsworth'],
    sched: [monthly('1SA', '10:00', '13:00', 'First Saturday of the month, Holdsworth Community Centre, Kirkby Lees, plus holiday trips')],
    funding: ['charity', 'csc'],
    contacts: [{ name: 'Brackenshire Young Carers', phones: [['01632 960503']] }],
    terms: ['social', 'social.carers', 'social.sb.universal', 'need.any', 'access.open'],
    desc: `A monthly Saturday club just for brothers and sisters of disabled children or children with SEND. Fun activities, time away from home, and a chance to talk (if they want to) with others in the same boat. Parents can book directly. Transport can be arranged from Ashcombe and Wyvern Bay.`
  }
];
