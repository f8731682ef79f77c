// Hand-written entries: the children's services front door, early help and family hubs.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'front-door',
    name: 'Children\'s Advice and Duty Service (children\'s social care front door)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/children-and-families/worried-about-a-child',
    email: 'cads@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-10-01',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-county-hall'],
    sched: [
      weekdays('08:45', '17:00', 'Monday to Thursday 8.45am to 5pm, Friday 8.45am to 4.30pm'),
      words('Out of hours (evenings, weekends, bank holidays): Emergency Duty Team.')
    ],
    langs: ['en'],
    funding: ['csc'],
    contacts: [
      { name: 'Children\'s Advice and Duty Service (CADS)', phones: [['01632 960100']] },
      { name: 'Emergency Duty Team (out of hours)', phones: [['01632 960101']] }
    ],
    terms: ['social', 'social.assessment', 'social.earlyhelp', 'need.any', 'access.open'],
    desc: `The Children's Advice and Duty Service (CADS) is the way into children's social care and early help in Brackenshire. Contact CADS if:
- you are worried that a child is being harmed or is at risk of harm (if a child is in immediate danger, call 999)
- you are a parent or carer and would like support for your family, including asking for an assessment for your disabled child
- you are a professional who wants advice, or to make a referral with the family's consent (use the online request for support form).

What happens: a social worker or early help adviser looks at what you tell us, with information we already hold, and decides within 1 working day (sooner if urgent) what the right response is: advice and signposting, early help from a family hub, a referral to the Disabled Children's Service, or a social work assessment (child and family assessment under section 17 or section 47 of the Children Act 1989).

Disabled children: if you are asking for help because of your child's disability, say so. Requests where the main need is the child's disability are passed to the Disabled Children's Service (0-25 team). You can also ask for a parent carer needs assessment.

We will tell you what we decide and why. If you are unhappy with a decision, ask to speak to the CADS team manager, or use the council's complaints procedure.`
  },
  {
    key: 'early-help',
    name: 'Early Help: support for families (Early Help Assessment)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/children-and-families/early-help',
    email: 'earlyhelp@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-05-20',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'kl-family-hub', 'mf-family-hub', 'th-family-hub', 'wb-anchorage'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday. Family workers can visit early evening by arrangement.')],
    langs: ['en', 'pl', 'ur', 'pa', 'ro'],
    funding: ['csc', 'Supporting Families programme grant (Department for Education)'],
    contacts: [{ name: 'Early Help Hub', title: 'Requests for support and advice', phones: [['01632 960130']] }],
    terms: ['social', 'social.earlyhelp', 'need.any', 'need.semh', 'access.open', 'where.home'],
    desc: `Early help means getting the right support to a family as soon as problems start, before they get worse. It's voluntary: you choose whether to take part.

Families come to us for help with things like: children's behaviour or emotional wellbeing, school attendance, routines and sleep, parenting teenagers, money and housing worries, domestic abuse, parental mental health, or coping with a child's additional needs.

How it works
A lead practitioner (this could be a family hub worker, a school's pastoral lead, a health visitor or another professional you trust) does an Early Help Assessment with you. It used to be called a CAF. Together you write a family plan with what you want to change, and you have regular Team Around the Family meetings with the people supporting you. You only tell your story once.

Family workers from the council's family hubs can work with you at home for a few months when needs are higher.

How to get it
Ask your school, nursery, health visitor or GP to start an Early Help Assessment, or contact the Early Help Hub yourself. Professionals can contact the Hub for advice.

Children with SEND: early help is open to all families. Our Inclusive Families workers have extra training in supporting families of disabled children and children with SEND, including while you are waiting for an assessment or diagnosis.`
  },
  {
    key: 'hub-ashcombe',
    name: 'Ashcombe Family Hub',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/ashcombe',
    email: 'ashcombe.familyhub@brackenshire.gov.uk.example',
    ages: [0, 19],
    reviewed: '2026-09-18',
    fees: 'Most activities are free. Some courses ask for a small contribution, waived for families on low incomes.',
    areas: ['ashcombe'],
    locs: ['ash-family-hub'],
    sched: [
      weekdays('08:30', '17:00', 'Open Monday to Friday 8.30am to 5pm'),
      weekly('SA', '10:00', '12:30', 'Saturday dads and families session (fortnightly)', { interval: 2 })
    ],
    langs: ['en'],
    funding: ['fh', 'csc', 'ph'],
    contacts: [{ name: 'Ashcombe Family Hub reception', phones: [['01632 960131']] }],
    terms: ['social', 'social.hubs', 'social.earlyhelp', 'need.any', 'access.open'],
    desc: `Your local family hub for families with children and young people aged 0 to 19 (up to 25 for young people with SEND). Drop in for a chat, or come to a session. Health visitors, midwives, family workers, the Neurodiversity Support Hub, debt advisers and the SENDIASS outreach worker all work from here.

Regular sessions include baby clinic and stay and play, Sensory Stay and Play for children with additional needs (Wednesdays 1pm), Chatterbox talking groups, parenting courses, infant feeding drop-in, and a Saturday session for dads and families.

Our sensory room can be booked by families of disabled children for free, in 1-hour slots.

No referral needed: just come along or ring reception.`
  },
  {
    key: 'hub-kirkby-lees',
    name: 'Kirkby Lees Family Hub',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/kirkby-lees',
    email: 'kirkbylees.familyhub@brackenshire.gov.uk.example',
    ages: [0, 19],
    reviewed: '2026-07-03',
    fees: 'Free',
    areas: ['kirkby-lees'],
    locs: ['kl-family-hub'],
    sched: [weekdays('08:30', '17:00', 'Monday to Friday, plus Thursday late opening to 7pm'), weekly('TH', '17:00', '19:00', 'Thursday late opening')],
    langs: ['en', 'ur', 'pa'],
    funding: ['fh', 'csc'],
    contacts: [{ name: 'Kirkby Lees Family Hub', phones: [['01632 960132']] }],
    terms: ['social', 'social.hubs', 'social.earlyhelp', 'need.any', 'access.open'],
    desc: `Family hub on Weavers Row for families in Kirkby Lees, Ravensclough and the Lees valley villages. Staff speak Urdu and Punjabi. We share the building with the library and a food pantry.

For families of children with SEND we run: a fortnightly parent carer coffee morning with the Brackenshire Parent Carer Forum (Tuesdays), Sensory Stay and Play (Thursdays 10am), a SEND drop-in with the SENDIASS outreach worker (first Monday of the month), and the Talk Time speech and language drop-in.

Our family workers can help with an Early Help Assessment, parenting support, form filling (for example DLA and Carer's Allowance claims), and getting to appointments.`
  },
  {
    key: 'hub-marston-fold',
    name: 'Marston Fold Family Hub and outreach van',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/marston-fold',
    email: 'marstonfold.familyhub@brackenshire.gov.uk.example',
    ages: [0, 19],
    reviewed: '2026-03-12',
    fees: 'Free',
    areas: ['marston-fold'],
    locs: ['mf-family-hub', 'mf-fellbrook-hall'],
    sched: [
      weekly('MO,WE,TH', '09:00', '16:00', 'Hub at Marston Library open Monday, Wednesday and Thursday', { at: 'mf-family-hub' }),
      words('The outreach van visits 11 villages on a two-weekly rota (Tuesday and Friday). Rota on our website and Facebook page.', { attend: 'Drop in at the van' })
    ],
    funding: ['fh', 'csc'],
    contacts: [{ name: 'Marston Fold Family Hub', phones: [['01632 960133']] }],
    terms: ['social', 'social.hubs', 'social.earlyhelp', 'need.any', 'access.open'],
    desc: `A small hub in Marston Library and an outreach van that travels round the villages, because buses in Marston Fold are few and far between. The van brings stay and play, health visitor drop-ins, and advice to village halls and school car parks.

If you can't get to us, family workers can visit you at home, and many groups are also online. We can help with travel costs to some appointments: ask.

Families of children with SEND: monthly SEND coffee morning at Fellbrook Village Hall (third Wednesday), and the Neurodiversity Support Hub can offer phone and video support.`
  },
  {
    key: 'hub-thornhollow',
    name: 'Thornhollow Family Hub',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/thornhollow',
    email: 'thornhollow.familyhub@brackenshire.gov.uk.example',
    ages: [0, 19],
    reviewed: '2026-10-14',
    fees: 'Free',
    areas: ['thornhollow'],
    locs: ['th-family-hub'],
    sched: [weekdays('08:30', '17:00', 'Monday to Friday'), weekly('SA', '09:30', '12:30', 'Saturday morning stay and play')],
    funding: ['fh', 'csc'],
    contacts: [{ name: 'Thornhollow Family Hub', phones: [['01632 960134']] }],
    terms: ['social', 'social.hubs', 'social.earlyhelp', 'need.any', 'access.open'],
    desc: `Thornhollow has lots of young families and we're busy! The hub is next to Skylark Park and has a big hall, a sensory room with a hoist-accessible changing room, and outdoor play.

Sessions for families of children with additional needs: "Little Steps" (for parents of under 5s with social communication differences or awaiting assessment), Sensory Stay and Play (Friday 9.30am), the ADHD Brackenshire parent group (second Thursday evening), and Understanding Sensory Needs workshops with the NHS OT team.

Parenting courses, health visitor clinics, infant feeding support, and help with money and housing are also on offer. Come in, or ring us.`
  },
  {
    key: 'hub-wyvern-bay',
    name: 'Wyvern Bay Family Hub',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/wyvern-bay',
    email: 'wyvernbay.familyhub@brackenshire.gov.uk.example',
    ages: [0, 19],
    reviewed: '2026-04-06',
    fees: 'Free',
    areas: ['wyvern-bay'],
    locs: ['wb-family-hub'],
    sched: [weekdays('08:30', '17:00', 'Monday to Friday. Open some summer Saturdays.')],
    langs: ['en', 'pl', 'ro', 'pt'],
    funding: ['fh', 'csc'],
    contacts: [{ name: 'Wyvern Bay Family Hub', phones: [['01632 960135']] }],
    terms: ['social', 'social.hubs', 'social.earlyhelp', 'need.any', 'access.open'],
    desc: `Family hub by the harbour. Staff speak Polish, Romanian and Portuguese. Community cafe, clothing bank, baby clinic, stay and play, parenting courses, debt and benefits advice, and family workers.

SEND: Sensory Stay and Play on Mondays (10am), a monthly SEND parents' group, and the SENDIASS outreach worker (last Friday of the month). We don't have a sensory room yet; families can use the one at Thornhollow Family Hub.`
  },
  {
    key: 'inclusive-families',
    name: 'Inclusive Families: early help for families of children with SEND',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/children-and-families/early-help/inclusive-families',
    email: 'inclusivefamilies@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-06-02',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday, with some early evening visits')],
    funding: ['csc'],
    contacts: [{ name: 'Early Help Hub (ask for Inclusive Families)', phones: [['01632 960130']] }],
    terms: ['social', 'social.earlyhelp', 'need.any', 'need.autism', 'need.ld', 'access.open', 'where.home'],
    desc: `A team of 9 family workers in the early help service who specialise in supporting families of children and young people with SEND or a disability, where things are getting difficult at home but the family does not need (or does not want) a social work assessment.

Typical help, usually over 3 to 6 months:
- practical strategies for behaviour, routines, sleep and toileting, using visual supports and positive behaviour approaches
- support with sibling relationships and family stress
- going with you to meetings with school, and helping you prepare for EHC annual reviews
- helping you apply for Disability Living Allowance, Carer's Allowance, a Blue Badge and short breaks
- linking you to SEND parenting courses, parent carer support and targeted short breaks.

Children don't need a diagnosis. Contact the Early Help Hub, or ask a professional to request support with your agreement. If your child's needs are more complex, we can ask the Disabled Children's Service to consider an assessment, and stay involved while that happens.`
  },
  {
    key: 'send-parenting',
    name: 'SEND parenting courses (Positive Steps and Teen Steps)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/parenting/send',
    email: 'parenting@brackenshire.gov.uk.example',
    ages: [2, 18],
    reviewed: '2026-08-06',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'kl-family-hub', 'th-family-hub', 'wb-family-hub'],
    sched: [words('8-week courses, 2 hours a week, in term time. Daytime courses rotate between hubs; one evening course runs online each term. See the booking page for dates.', { attend: 'In person or online' })],
    langs: ['en', 'ur'],
    funding: ['csc', 'fh'],
    contacts: [{ name: 'Family Hubs parenting team', phones: [['01632 960137']] }],
    terms: ['social', 'social.earlyhelp', 'social.hubs', 'health.behaviour', 'need.autism', 'need.adhd', 'need.ld', 'need.any', 'access.open'],
    desc: `Two courses for parents and carers of children with additional needs, run by family hub staff trained in positive behaviour support.

Positive Steps (children aged 2 to 11): understanding why behaviour happens, communication and visual supports, routines, sleep, sensory needs, and looking after yourself.

Teen Steps (young people aged 11 to 18): anxiety, independence, friendships and online life, puberty, and planning for the future.

For parents of children with SEND or a disability, with or without a diagnosis. Book yourself on, or ask a professional to book you. Groups of up to 12. A crèche is available at Ashcombe and Kirkby Lees daytime courses (book in advance).`
  },
  {
    key: 'sensory-stay-play',
    name: 'Sensory Stay and Play (family hubs)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/sensory-stay-and-play',
    ages: [0, 5],
    reviewed: '2026-09-18',
    fees: 'Free',
    areas: ['ashcombe', 'kirkby-lees', 'thornhollow', 'wyvern-bay'],
    locs: ['ash-family-hub', 'kl-family-hub', 'th-family-hub', 'wb-family-hub'],
    sched: [
      weekly('WE', '13:00', '14:30', 'Ashcombe Family Hub', { at: 'ash-family-hub' }),
      weekly('TH', '10:00', '11:30', 'Kirkby Lees Family Hub', { at: 'kl-family-hub' }),
      weekly('FR', '09:30', '11:00', 'Thornhollow Family Hub', { at: 'th-family-hub' }),
      weekly('MO', '10:00', '11:30', 'Wyvern Bay Family Hub', { at: 'wb-family-hub' })
    ],
    funding: ['fh'],
    contacts: [{ name: 'Family Hubs', phones: [['01632 960131', 'Or ring your local hub']] }],
    terms: ['social', 'social.hubs', 'social.sb.universal', 'need.any', 'access.open'],
    desc: `Relaxed, small play sessions for babies and young children with additional needs or a disability, and their parents, brothers and sisters. Lights, sounds, messy play and music, with quiet space. A chance to meet other parents who get it. No diagnosis needed. Just come along (term time only).`
  },
  {
    key: 'fgc',
    name: 'Family Group Conferencing',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/children-and-families/family-group-conferencing',
    ages: [0, 18],
    reviewed: '2025-02-03',
    fees: 'Free',
    areas: 'all',
    sched: [words('Meetings are arranged at a time and place that suits your family, including evenings and weekends.')],
    funding: ['csc'],
    contacts: [{ name: 'Family Group Conference co-ordinators', phones: [['01632 960145']] }],
    terms: ['social', 'social.earlyhelp', 'need.any', 'access.referral'],
    desc: `A family group conference is a meeting where your family and friends come together to make a plan for your child, with the help of an independent co-ordinator. Families of disabled children sometimes use it to plan how the wider family can share care and give parents a break. Ask your family worker or social worker to refer.`
  },
  {
    key: 'ewp-early-help',
    name: 'Early Help Emotional Wellbeing Practitioners',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/children-and-families/early-help/emotional-wellbeing',
    ages: [5, 18],
    reviewed: '2026-02-19',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday; sessions at home, school or a family hub')],
    funding: ['csc', 'icb'],
    contacts: [{ name: 'Early Help Hub', phones: [['01632 960130']] }],
    terms: ['social', 'social.earlyhelp', 'health.mh', 'need.semh', 'access.open', 'access.referral'],
    desc: `Practitioners in the early help service who work with children and young people with low-level worries, anxiety, anger or low mood, including anxiety about going to school, and with their parents. Up to 8 sessions. For children in schools that don't have a Mental Health Support Team, or where the whole family needs support. Request through the Early Help Hub or the CYPMHS Single Point of Access.`
  },
  {
    key: 'toy-library',
    name: 'Sensory toy and equipment library',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/familyhubs/toy-library',
    ages: [0, 11],
    reviewed: '2024-01-22',
    fees: 'Free to borrow',
    areas: 'all',
    locs: ['ash-family-hub'],
    sched: [weekly('WE', '12:30', '15:00', 'Wednesday afternoons at Ashcombe Family Hub')],
    funding: ['csc'],
    contacts: [{ name: 'Ashcombe Family Hub reception', phones: [['01632 960131']] }],
    terms: ['social', 'social.hubs', 'social.sb.universal', 'need.any', 'access.open'],
    desc: `Borrow sensory toys, switch-adapted toys and small items of sensory equipment for up to 4 weeks. Free for families of children with SEND living in Brackenshire. Bring proof of address. Portage families can borrow through their Portage home visitor.`
  }
];
