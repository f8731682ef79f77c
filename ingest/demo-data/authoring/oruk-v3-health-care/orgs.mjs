// Organisations that deliver the Brackenshire health and social care services in the ORUK v3 demo feed.
// All FICTIONAL (national bodies excepted, where named for their real national role).

export const orgs = {
  bcc: {
    name: 'Brackenshire County Council',
    description: 'County council for Brackenshire, responsible for children\'s and adult social care, education, public health and the SEND Local Offer.',
    email: 'localoffer@brackenshire.gov.uk.example',
    website: 'https://www.brackenshire.gov.uk.example'
  },
  icb: {
    name: 'NHS Brackenshire and Wyvern Integrated Care Board',
    description: 'The NHS body that plans and pays for most NHS services for people in Brackenshire and Port Selwyn. It took over from NHS Brackenshire Clinical Commissioning Group (CCG) on 1 July 2022.',
    email: 'bwicb.enquiries@nhs.net.example',
    website: 'https://www.brackenshireandwyvern.icb.nhs.uk.example'
  },
  bcht: {
    name: 'Brackenshire Community Health NHS Trust',
    description: 'Provides community health services across Brackenshire, including children\'s therapies, community paediatrics, children\'s community nursing, bladder and bowel care, health visiting and school nursing.',
    email: 'bcht.enquiries@nhs.net.example',
    website: 'https://www.brackenshirecommunity.nhs.uk.example'
  },
  ahft: {
    name: 'Ashcombe Hospitals NHS Foundation Trust',
    description: 'Runs Ashcombe General Hospital and Wyvern Bay Community Hospital, including the children\'s ward, paediatric audiology, ophthalmology and orthoptics, and the children\'s diabetes, epilepsy and respiratory nursing teams.',
    email: 'ahft.pals@nhs.net.example',
    website: 'https://www.ashcombehospitals.nhs.uk.example'
  },
  bpft: {
    name: 'Brackenshire Partnership NHS Foundation Trust',
    description: 'Mental health and learning disability trust for Brackenshire: children and young people\'s mental health services (CYPMHS) and adult mental health and learning disability services.',
    email: 'bpft.contactus@nhs.net.example',
    website: 'https://www.bpft.nhs.uk.example'
  },
  mencap: {
    name: 'Brackenshire Mencap',
    description: 'Local charity (a member of the Royal Mencap Society network) run by and for families of people with a learning disability in Brackenshire. Saturday clubs, holiday schemes, youth clubs and family support.',
    email: 'hello@brackenshiremencap.org.uk.example',
    website: 'https://www.brackenshiremencap.org.uk.example'
  },
  nas: {
    name: 'National Autistic Society Brackenshire Branch',
    description: 'Volunteer-led branch of the National Autistic Society, run by autistic people and parents in Brackenshire. Support groups, family events and post-diagnosis courses.',
    email: 'brackenshire.branch@nas-branches.org.uk.example',
    website: 'https://www.nasbrackenshire.org.uk.example'
  },
  hospice: {
    name: 'Hollins Wood Children\'s Hospice',
    description: 'Independent charity caring for babies, children and young people up to 25 with life-limiting and life-threatening conditions, and their families, across Brackenshire and Port Selwyn.',
    email: 'care@hollinswood.org.uk.example',
    website: 'https://www.hollinswood.org.uk.example'
  },
  youngcarers: {
    name: 'Brackenshire Young Carers',
    description: 'Local charity supporting young carers aged 5 to 25 across Brackenshire, commissioned by Brackenshire County Council.',
    email: 'info@brackenshireyoungcarers.org.uk.example',
    website: 'https://www.brackenshireyoungcarers.org.uk.example'
  },
  carerscentre: {
    name: 'Brackenshire Carers\' Centre',
    description: 'Local charity for adult carers in Brackenshire, including parents caring for disabled children and young adults.',
    email: 'support@brackenshirecarers.org.uk.example',
    website: 'https://www.brackenshirecarers.org.uk.example'
  },
  skylarks: {
    name: 'Skylarks Short Breaks CIC',
    description: 'Community interest company providing inclusive play, after-school and holiday short breaks for disabled children in Thornhollow and Ashcombe.',
    email: 'bookings@skylarksbreaks.co.uk.example',
    website: 'https://www.skylarksbreaks.co.uk.example'
  },
  bilc: {
    name: 'Brackenshire Independent Living Centre',
    description: 'User-led organisation run by disabled people. Direct payments support, payroll, personal assistant finder and peer support.',
    email: 'dpsupport@bilc.org.uk.example',
    website: 'https://www.bilc.org.uk.example'
  },
  openminds: {
    name: 'Open Minds Youth Counselling',
    description: 'Local charity offering free counselling and emotional wellbeing support to young people aged 11 to 25 in Brackenshire.',
    email: 'talk@openmindsyouth.org.uk.example',
    website: 'https://www.openmindsyouth.org.uk.example'
  },
  adhdbk: {
    name: 'ADHD Brackenshire',
    description: 'Small parent-led charity supporting families of children and young people with ADHD (diagnosed or not) across Brackenshire.',
    email: 'contact@adhdbrackenshire.org.uk.example',
    website: 'https://www.adhdbrackenshire.org.uk.example'
  },
  sleepwell: {
    name: 'Restwell Sleep Support CIC',
    description: 'Social enterprise of trained sleep practitioners helping families of children with additional needs with sleep problems.',
    email: 'hello@restwellsleep.co.uk.example',
    website: 'https://www.restwellsleep.co.uk.example'
  },
  sharedcare: {
    name: 'Bayside Home Care Ltd',
    description: 'Home care agency registered with the Care Quality Commission, on Brackenshire County Council\'s framework for children\'s home-based short breaks.',
    email: 'office@baysidehomecare.co.uk.example',
    website: 'https://www.baysidehomecare.co.uk.example'
  },
  calderbridge: {
    name: 'Calderbridge Children\'s Hospital NHS Foundation Trust',
    description: 'Regional specialist children\'s hospital trust in Calderbridge, outside Brackenshire, providing specialised services for children across the north of England.',
    email: 'patient.experience@calderbridgechildrens.nhs.uk.example',
    website: 'https://www.calderbridgechildrens.nhs.uk.example'
  },
  beeches: {
    name: 'Oakfield Care Group',
    description: 'Independent provider of residential short breaks and children\'s homes in Fernleigh, registered with Ofsted.',
    email: 'thebeeches@oakfieldcare.co.uk.example',
    website: 'https://www.oakfieldcare.co.uk.example'
  },
  northpc: {
    name: 'Northern Children and Young People\'s Mental Health Provider Collaborative',
    description: 'NHS-led provider collaborative that plans and manages specialist inpatient mental health beds for young people in the north of England, on behalf of NHS England.',
    email: 'cypmh.collaborative@nhs.net.example',
    website: 'https://www.northerncypmhcollaborative.nhs.uk.example'
  },
  familylinks: {
    name: 'Brackenshire Family Link Scheme',
    description: 'The council\'s short break foster care scheme: approved carers who look after a disabled child for a few hours, a day or overnight.',
    email: 'familylink@brackenshire.gov.uk.example',
    website: 'https://www.brackenshire.gov.uk.example/familylink',
    parent: 'bcc'
  },
  advocacy: {
    name: 'Brackenshire Advocacy Hub',
    description: 'Independent charity providing statutory and community advocacy in Brackenshire, commissioned by Brackenshire County Council and NHS Brackenshire and Wyvern Integrated Care Board.',
    email: 'referrals@brackenshireadvocacy.org.uk.example',
    website: 'https://www.brackenshireadvocacy.org.uk.example'
  },
  carefarm: {
    name: 'Fellbrook Care Farm CIC',
    description: 'Community interest company running a working care farm near Fellbrook in Marston Fold, with activities for disabled children, young people and adults.',
    email: 'hello@fellbrookcarefarm.co.uk.example',
    website: 'https://www.fellbrookcarefarm.co.uk.example'
  },
  pcf: {
    name: 'Brackenshire Parent Carer Forum',
    description: 'Independent, parent-led forum for families of children and young people with SEND in Brackenshire, funded by a Department for Education grant.',
    email: 'info@brackenshirepcf.org.uk.example',
    website: 'https://www.brackenshirepcf.org.uk.example'
  }
};
