// Hand-written entries: short breaks at every level (universal, targeted, specialist) in Brackenshire.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  // ---------- universal ----------
  {
    key: 'sb-skylarks-holiday',
    name: 'Skylarks inclusive holiday playscheme',
    org: 'skylarks',
    url: 'https://www.skylarksbreaks.co.uk.example/holiday-playscheme',
    email: 'bookings@skylarksbreaks.co.uk.example',
    ages: [5, 14],
    reviewed: '2026-06-25',
    fees: '£22 a day. Free for children eligible for free school meals (HAF-funded days) and for holders of the Brackenshire Access Card on up to 10 days a year.',
    costs: [
      ['Standard day place', 22, 'per day, 9.30am to 3.30pm', '2026-04-01', '2027-03-31'],
      ['Children eligible for benefits-related free school meals', 0, 'Up to 16 days in the summer holiday, 4 at Easter and 4 at Christmas (Holiday Activities and Food programme)'],
      ['Brackenshire Access Card holders', 0, 'Up to 10 days a year funded by the council\'s short breaks budget']
    ],
    areas: ['thornhollow', 'ashcombe'],
    locs: ['th-family-hub', 'ash-family-hub'],
    sched: [
      weekdays('09:30', '15:30', 'Easter, summer (4 weeks) and October half term. Thornhollow Family Hub every week; Ashcombe Family Hub in the summer holidays only.', { validFrom: '2026-04-01', validTo: '2027-03-31' })
    ],
    funding: ['csc', 'Department for Education Holiday Activities and Food programme (via Brackenshire County Council)', 'Parent fees'],
    contacts: [{ name: 'Skylarks bookings', phones: [['01632 960505', 'Monday to Friday 9am to 2pm']] }],
    terms: ['social', 'social.sb', 'social.sb.universal', 'need.any', 'access.open'],
    desc: `Our holiday playscheme is for all children aged 5 to 14, disabled or not, and about half our children have SEND. Days are full of play: arts and crafts, den building, sports, cooking, messy play, trips to the park and a quiet chill-out room.

Staffing is 1 adult to 4 children, and we can offer 1:1 support for children who need it (please tell us when you book so we can plan). Our staff are trained in autism awareness, Makaton, moving and handling, and giving medication. We can't currently support children who need tube feeding or suction during the day; please talk to us.

Book online or by phone. Places go quickly for the summer, so book early!`
  },
  {
    key: 'sb-youth-inclusive-night',
    name: 'Inclusive youth night (Bayside Youth Centre)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/youth/bayside',
    ages: [11, 19],
    reviewed: '2026-03-05',
    fees: '50p a session',
    costs: [['Entry', 0.5, 'per session']],
    areas: ['wyvern-bay'],
    locs: ['wb-bayside-youth'],
    sched: [weekly('WE', '18:00', '20:30', 'Wednesday evenings, all year except Christmas week')],
    funding: ['Brackenshire County Council youth service', 'csc'],
    contacts: [{ name: 'Bayside Youth Centre', phones: [['01632 960138']] }],
    terms: ['social', 'social.sb', 'social.sb.universal', 'need.any', 'access.open'],
    desc: `Youth club night for young people aged 11 to 19 (up to 25 with SEND) with extra youth workers, a quiet room and a sensory corner. Pool, music, cooking, sports hall, trips in the summer. Young people with SEND can come with a support worker or PA free of charge. Just turn up; first visit, fill in a form with a parent if you're under 16.`
  },
  {
    key: 'sb-mencap-saturday',
    name: 'Saturday Club (Brackenshire Mencap)',
    org: 'mencap',
    url: 'https://www.brackenshiremencap.org.uk.example/saturday-club',
    email: 'hello@brackenshiremencap.org.uk.example',
    ages: [5, 18],
    reviewed: '2026-05-08',
    fees: '£8 a session. Free with a Brackenshire Access Card (up to 20 sessions a year).',
    costs: [['Session', 8, '10am to 3pm including lunch'], ['Brackenshire Access Card holders', 0, 'Up to 20 sessions a year']],
    areas: 'all',
    locs: ['kl-mencap'],
    sched: [weekly('SA', '10:00', '15:00', 'Every Saturday in term time. Minibus pick-ups from Ashcombe and Thornhollow (book in advance).', { at: 'kl-mencap' })],
    funding: ['csc', 'charity'],
    contacts: [{ name: 'Brackenshire Mencap', phones: [['01632 960500', 'Monday to Friday 9am to 4pm']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.ld', 'need.autism', 'need.any', 'access.open'],
    desc: `Saturday Club is a fun day out for children and young people with a learning disability or autism, and a break for families. We do cooking, games, music, arts, garden projects and trips out, with a sensory room and plenty of space to be yourself. Lunch is included.

Our staff and volunteers support children with a wide range of needs, including children who need personal care, who use wheelchairs, and children who communicate with Makaton or PECS. Staff ratio is 1:3, with 1:1 for children who need it (ask us about funding for 1:1).

How to join: ring or email us for a welcome visit. Priority goes to Brackenshire Access Card holders. We have a waiting list for 1:1 places of about 3 months.

Minibus pick-ups from Ashcombe bus station and Thornhollow Family Hub cost £2 return.`
  },
  {
    key: 'sb-mencap-friday-friends',
    name: 'Friday Friends youth club',
    org: 'mencap',
    url: 'https://www.brackenshiremencap.org.uk.example/friday-friends',
    ages: [11, 19],
    reviewed: '2026-05-08',
    fees: '£4 a session',
    costs: [['Session', 4, '6.30pm to 8.30pm']],
    areas: ['ashcombe', 'kirkby-lees'],
    locs: ['ash-library', 'kl-mencap'],
    sched: [
      weekly('FR', '18:30', '20:30', 'Kirkby Lees (The Old Co-op), every Friday in term time', { at: 'kl-mencap' }),
      weekly('FR', '18:30', '20:30', 'Ashcombe (Central Library community room), fortnightly', { at: 'ash-library', interval: 2 })
    ],
    funding: ['charity', 'csc'],
    contacts: [{ name: 'Brackenshire Mencap youth team', phones: [['01632 960500']] }],
    terms: ['social', 'social.sb', 'social.sb.universal', 'need.ld', 'need.autism', 'access.open'],
    desc: `Youth club for young people with learning disabilities or autism. Hang out with friends, games, karaoke, cooking and trips. Young people plan the programme themselves. Parents don't stay (unless it's your first time). Come and try it!`
  },
  {
    key: 'sb-mencap-next-step',
    name: 'Next Step social club (16 to 25)',
    org: 'mencap',
    url: 'https://www.brackenshiremencap.org.uk.example/next-step',
    ages: [16, 25],
    reviewed: '2026-03-17',
    fees: '£5 a session plus the cost of any trips',
    areas: 'all',
    locs: ['ash-library'],
    sched: [weekly('TU', '18:00', '20:30', 'Tuesday evenings, meeting at Ashcombe Central Library before going out')],
    funding: ['charity'],
    contacts: [{ name: 'Brackenshire Mencap', phones: [['01632 960500']] }],
    terms: ['social', 'social.sb', 'social.sb.universal', 'social.transition', 'need.ld', 'need.autism', 'access.open'],
    desc: `For young adults with a learning disability or autism who want to go out, make friends and try new things: bowling, cinema, the pub quiz, cooking, and travelling on the bus together (great for independence). Support staff and volunteers. Members can use their direct payment or personal budget to pay for 1:1 support if they need it.`
  },
  // ---------- targeted ----------
  {
    key: 'sb-access-card',
    name: 'Brackenshire Access Card (targeted short breaks)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/short-breaks/access-card',
    email: 'shortbreaks@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-04-01',
    fees: 'Free to apply',
    costs: [['Card', 0, 'Free. Valid for 3 years.']],
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Applications are processed Monday to Friday, usually within 15 working days.', { attend: 'Apply online or by post' })],
    funding: ['csc'],
    contacts: [{ name: 'Short Breaks Team', phones: [['01632 960115']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.any', 'access.open'],
    desc: `The Brackenshire Access Card is the key to targeted short breaks, and gives discounts at leisure centres, cinemas and attractions around the county. You don't need a social work assessment: you apply yourself.

Who can have one?
Children and young people aged 0 to 18 who live in Brackenshire and have a disability or special educational need that has a significant impact on their daily life. Please send ONE of the following with your application:
- a letter showing your child gets Disability Living Allowance (any rate) or Personal Independence Payment
- your child's EHC plan (first page is enough)
- a letter from a professional (for example a paediatrician, SENCO, health visitor or specialist teacher) confirming your child's needs.

What it gives you
- free places at Saturday clubs, holiday schemes and activities on the Access Card list (up to the yearly limits set for each activity)
- eligibility to apply for the Short Breaks Grant
- a free carer or companion ticket at most leisure centres and many attractions in Brackenshire
- access to the "Quiet hour" and relaxed sessions listed on the Local Offer.

Apply online or ask for a paper form. If you have a social worker, they can apply for you.`
  },
  {
    key: 'sb-grant',
    name: 'Short Breaks Grant',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/short-breaks/grant',
    email: 'shortbreaks@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-04-01',
    fees: 'A grant paid to families',
    costs: [['Short Breaks Grant', 450, 'maximum per child per year (April to March)', '2026-04-01', '2027-03-31']],
    alert: 'Applications for 2026 to 2027 open on 1 April 2026 and close on 31 December 2026, or earlier if the budget runs out.',
    areas: 'all',
    sched: [words('Applications are assessed in monthly batches. Payment is made by bank transfer within 4 weeks of approval.')],
    funding: ['csc'],
    contacts: [{ name: 'Short Breaks Team', phones: [['01632 960115']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'social.budgets', 'need.any', 'access.open'],
    desc: `A yearly grant of up to £450 per child for families with a Brackenshire Access Card, to pay for a break that suits your family. It is not means-tested.

You can use it for things like: a holiday club or activity of your choice, swimming or other lessons with a specialist instructor, a sitter or PA for a few hours, a family day out, or equipment for a leisure activity (for example an adapted trike).

You can't use it for: household bills, equipment that should be provided by health or social care, school uniform, or anything that has nothing to do with giving your child a break or you a break from caring.

Children who already receive a direct payment for short breaks, or who use overnight short breaks at Larkspur House or with Family Link, can't also have the grant.

Apply online with your Access Card number and a short description of how you'll use the money. We may ask for receipts.`
  },
  {
    key: 'sb-mencap-summer',
    name: 'Summer scheme for children with complex needs',
    org: 'mencap',
    url: 'https://www.brackenshiremencap.org.uk.example/summer-scheme',
    ages: [5, 18],
    reviewed: '2026-05-08',
    fees: 'Free with a Brackenshire Access Card (up to 10 days); otherwise £35 a day',
    costs: [['Brackenshire Access Card holders', 0, 'Up to 10 days each summer'], ['Other places', 35, 'per day']],
    areas: 'all',
    locs: ['kl-mencap', 'kl-holdsworth'],
    sched: [weekdays('09:30', '15:30', 'Four weeks in the summer holidays (late July to late August)', { validFrom: '2026-07-27', validTo: '2026-08-21' })],
    funding: ['csc', 'charity'],
    contacts: [{ name: 'Brackenshire Mencap summer scheme', phones: [['01632 960500']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.ld', 'need.autism', 'need.pd', 'need.medical', 'access.open'],
    desc: `Our summer scheme is for children and young people who need a lot of support and can't easily go to a mainstream holiday club: for example children with severe learning disabilities, complex autism, or physical disabilities who need personal care and hoisting. Staffing is 1:1 or 1:2. Nurses from the children's community nursing team train our staff for children with health needs such as gastrostomy feeding or epilepsy rescue medication.

Booking opens on 1 March. Priority is given to children who don't get other specialist short breaks in the holidays. Transport can be arranged for children who live more than 5 miles away.`
  },
  {
    key: 'sb-skylarks-afterschool',
    name: 'Skylarks after-school club for disabled children',
    org: 'skylarks',
    url: 'https://www.skylarksbreaks.co.uk.example/after-school',
    ages: [5, 12],
    reviewed: '2026-06-25',
    fees: '£12 a session; free for Access Card holders (up to 30 sessions a year)',
    costs: [['Session', 12, '3.30pm to 6pm'], ['Brackenshire Access Card holders', 0, 'up to 30 sessions a year']],
    areas: ['thornhollow'],
    locs: ['th-family-hub'],
    sched: [weekly('TU,TH', '15:30', '18:00', 'Tuesdays and Thursdays in term time')],
    funding: ['csc'],
    contacts: [{ name: 'Skylarks bookings', phones: [['01632 960505']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.any', 'access.open'],
    desc: `After-school play and tea for disabled children, two afternoons a week at Thornhollow Family Hub, with collection from Thornhollow schools by our staff (walking or minibus). Small group, sensory room, garden. A break for parents and a chance for children to play with friends. Ask about a taster session.`
  },
  {
    key: 'sb-befriending',
    name: 'Bay Buddies befriending',
    org: 'youngcarers',
    url: 'https://www.brackenshireyoungcarers.org.uk.example/bay-buddies',
    ages: [8, 18],
    reviewed: '2025-03-18',
    fees: 'Free',
    areas: ['wyvern-bay', 'thornhollow'],
    sched: [words('Buddies meet once a fortnight for 2 to 3 hours, usually after school or at weekends.')],
    funding: ['csc', 'National Lottery Community Fund'],
    contacts: [{ name: 'Bay Buddies co-ordinator', phones: [['01632 960503']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.any', 'need.autism', 'access.open'],
    desc: `Volunteer befrienders (trained and DBS checked) matched with children and young people with SEND or a disability who would like a friend to go out with: the beach, the park, the cinema or a cafe. For families in Wyvern Bay and Thornhollow. Parents or professionals can refer. Waiting time for a match is about 3 to 6 months.`
  },
  // ---------- specialist ----------
  {
    key: 'sb-larkspur',
    name: 'Larkspur House overnight short breaks',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/short-breaks/larkspur-house',
    email: 'larkspur.house@brackenshire.gov.uk.example',
    ages: [5, 18],
    reviewed: '2026-08-20',
    fees: 'Free (provided after a social care assessment)',
    areas: 'all',
    locs: ['ash-larkspur'],
    sched: [words('Open all year, 7 nights a week. Typical stays are 1 to 3 nights at a time, with tea visits and day sessions during the holidays.')],
    funding: ['csc', 'icb'],
    contacts: [
      { name: 'Larkspur House', title: 'Unit manager', phones: [['01632 960116', 'Office 9am to 5pm; the house is staffed 24 hours']] }
    ],
    terms: ['social', 'social.sb', 'social.sb.specialist', 'need.ld', 'need.autism', 'need.pd', 'need.medical', 'access.assessment'],
    accred: 'Registered with Ofsted as a children\'s home providing short breaks. Inspection rating (2025): Outstanding.',
    desc: `Larkspur House is the council's overnight short breaks home for children and young people aged 5 to 18 with severe learning disabilities, complex physical disabilities, complex health needs or autism with very high support needs. It has six bedrooms, a sensory room, a big garden, and a minibus for trips.

Children stay for planned nights (usually between 24 and 52 nights a year) so that they can have fun with friends and their families can rest. Staff take children to school the next morning. Nurses train staff to carry out health procedures such as gastrostomy feeds, oxygen and rescue medication.

How to get it: overnight short breaks are arranged by the Disabled Children's Service after a child in need assessment, and agreed at the short breaks panel. Your social worker will talk with you about whether Larkspur, a Family Link carer, or support at home would suit your child best. We start with tea visits so your child can get to know us.

Some children with continuing care packages have their stays jointly funded by the NHS.`
  },
  {
    key: 'sb-family-link',
    name: 'Family Link: short break foster care',
    org: 'familylinks',
    url: 'https://www.brackenshire.gov.uk.example/familylink',
    email: 'familylink@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-02-16',
    fees: 'Free to families (after assessment)',
    areas: 'all',
    sched: [words('Breaks are arranged between the family and the carer: a few hours, a day, or overnight, usually once or twice a month.')],
    funding: ['csc'],
    contacts: [{ name: 'Family Link team', phones: [['01632 960117']] }],
    terms: ['social', 'social.sb', 'social.sb.specialist', 'need.any', 'access.assessment'],
    desc: `Family Link carers are approved short break foster carers who look after a disabled child in their own home for a few hours, a day, or overnight on a regular basis. Children get to know one family and often stay linked for years.

Family Link suits children who enjoy a family setting and don't need a fully adapted building. Links are made after a child in need assessment by the Disabled Children's Service. We currently have more children waiting than carers, especially for teenagers and children who need hoisting, so there can be a wait of 6 months or more for a match.

Could you be a Family Link carer? Carers receive training, support and an allowance. Call us for an informal chat.`
  },
  {
    key: 'sb-home-based',
    name: 'Home-based short breaks and sitting service',
    org: 'sharedcare',
    url: 'https://www.baysidehomecare.co.uk.example/childrens-short-breaks',
    email: 'office@baysidehomecare.co.uk.example',
    ages: [0, 18],
    reviewed: '2026-05-20',
    fees: 'Funded by the council after assessment, or privately from £24.50 an hour',
    costs: [['Council-arranged support (after assessment)', 0], ['Private or direct payment rate', 24.5, 'per hour (weekday daytime); evenings and weekends £27.80']],
    areas: 'all',
    sched: [words('Support available 7 days a week, 7am to 10pm. Sleep-in nights by arrangement.')],
    funding: ['csc', 'Direct payments and private payments'],
    contacts: [{ name: 'Bayside Home Care office', phones: [['01632 960510']] }],
    terms: ['social', 'social.sb', 'social.sb.specialist', 'need.any', 'need.medical', 'access.assessment', 'where.home'],
    accred: 'Registered with the Care Quality Commission (domiciliary care).',
    desc: `Trained carers come to your home to look after your disabled child so you can have a break, spend time with your other children, or get some sleep. Carers can also help with personal care at bath and bedtime, or take your child out into the community.

Most families using us have been assessed by the Disabled Children's Service, which arranges and pays for the support. You can also buy support with a direct payment or privately.

We cover the whole county, although it can take longer to find carers for families in the more rural parts of Marston Fold. Our carers are trained in safeguarding, moving and handling, autism and epilepsy awareness; nurses from the children's community nursing team train carers in any clinical tasks your child needs.`
  },
  {
    key: 'sb-community-support',
    name: 'Community support workers for disabled teenagers',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/short-breaks/community-support',
    ages: [11, 18],
    reviewed: '2026-06-11',
    fees: 'Free (after assessment)',
    areas: 'all',
    sched: [words('Usually 3 to 6 hours a week, after school, evenings and weekends.')],
    funding: ['csc'],
    contacts: [{ name: 'Short Breaks Team', phones: [['01632 960115']] }],
    terms: ['social', 'social.sb', 'social.sb.specialist', 'social.transition', 'need.ld', 'need.autism', 'need.pd', 'access.assessment'],
    desc: `Council community support workers spend time one-to-one with disabled young people aged 11 to 18, doing things other teenagers do: going to the shops, the gym, the cinema, clubs, or learning to use the bus. The aim is a break for the family and more independence and confidence for the young person.

Support is arranged after a child in need assessment. Many families choose to take this as a direct payment and employ their own personal assistant instead.`
  }
];
