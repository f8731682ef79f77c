// Reference tables for the FICTIONAL Port Selwyn demo feed: organisations, locations and the council's own
// Local Offer taxonomy. Used by build-oruk-v1.mjs. Phone numbers are in Ofcom's drama range, postcodes use
// the non-existent PS area, web addresses end in .example.

export const ORGS = {
  pscc: {
    name: 'Port Selwyn City Council',
    description:
      'Port Selwyn City Council is the unitary authority for the city of Port Selwyn, responsible for education, children\'s and adults\' social care, public health, housing and transport.',
    email: 'localoffer@portselwyn.gov.uk.example',
    url: 'https://www.portselwyn.gov.uk.example',
  },
  icb: {
    name: 'NHS Brackenshire and Wyvern Integrated Care Board',
    description:
      'The NHS body that plans and pays for most NHS services in Brackenshire and Port Selwyn. It took over from Brackenshire CCG on 1 July 2022.',
    email: 'bwicb.enquiries@nhs.net.example',
    url: 'https://www.brackenshirewyvern.icb.nhs.uk.example',
  },
  bcht: {
    name: 'Brackenshire Community Health NHS Trust',
    description:
      'Provides community health services across Brackenshire and Port Selwyn, including children\'s therapies, community paediatrics, children\'s community nursing and continence services.',
    email: 'bcht.enquiries@nhs.net.example',
    url: 'https://www.brackenshirecommunityhealth.nhs.uk.example',
  },
  psht: {
    name: 'Port Selwyn Hospitals NHS Trust',
    description:
      'Runs Port Selwyn General Hospital, including the children\'s ward (Puffin Ward), children\'s outpatients, audiology and the eye clinic.',
    email: 'psht.pals@nhs.net.example',
    url: 'https://www.portselwynhospitals.nhs.uk.example',
  },
  bpft: {
    name: 'Brackenshire Partnership NHS Foundation Trust',
    description:
      'The mental health and learning disability trust for Brackenshire and Port Selwyn. Provides children and young people\'s mental health services (CYPMHS), adult mental health services and community learning disability teams.',
    email: 'bpft.contactus@nhs.net.example',
    url: 'https://www.brackenshirepartnership.nhs.uk.example',
  },
  harbourlight: {
    name: 'Harbourlight Health CIC',
    description:
      'A community interest company delivering the 0-19 public health nursing service (health visiting and school nursing) in Port Selwyn on behalf of Port Selwyn City Council.',
    email: 'hello@harbourlighthealth.org.uk.example',
    url: 'https://www.harbourlighthealth.org.uk.example',
  },
  tidelines: {
    name: 'Tidelines Advocacy',
    description:
      'A local charity providing independent advocacy and advice. Tidelines runs Port Selwyn SENDIASS under contract, at arm\'s length from the council and the NHS.',
    email: 'info@tidelines.org.uk.example',
    url: 'https://www.tidelines.org.uk.example',
  },
  pcf: {
    name: 'Port Selwyn Parent Carer Forum',
    description:
      'The independent parent carer forum for Port Selwyn, run by and for parents and carers of children and young people with SEND aged 0-25. A member of the National Network of Parent Carer Forums.',
    email: 'hello@pspcf.org.uk.example',
    url: 'https://www.pspcf.org.uk.example',
  },
  seahorse: {
    name: 'Seahorse Play Project',
    description:
      'A registered charity running inclusive and specialist play and youth sessions for disabled children and young people in Port Selwyn since 1998.',
    email: 'play@seahorseplay.org.uk.example',
    url: 'https://www.seahorseplay.org.uk.example',
  },
  carers: {
    name: 'Selwyn Carers Centre',
    description:
      'Independent charity supporting unpaid carers of all ages in Port Selwyn, including young carers and young adult carers.',
    email: 'support@selwyncarers.org.uk.example',
    url: 'https://www.selwyncarers.org.uk.example',
  },
  lighthouse: {
    name: 'Lighthouse Parents Group',
    description:
      'A peer support group run by volunteer parents of autistic children and children with ADHD in Port Selwyn. Not a registered charity; hosted by Eastcliff Family Hub.',
    email: 'lighthouseparents@mailbox.example',
    url: null,
  },
  active: {
    name: 'Active Selwyn Leisure Trust',
    description:
      'Not-for-profit trust running Port Selwyn\'s leisure centres and pools on behalf of the city council.',
    email: 'enquiries@activeselwyn.org.uk.example',
    url: 'https://www.activeselwyn.org.uk.example',
  },
  college: {
    name: 'Port Selwyn College',
    description:
      'General further education college with campuses at Dockside (Harbourside) and Northfield (Selwyn North).',
    email: 'info@portselwyncollege.ac.uk.example',
    url: 'https://www.portselwyncollege.ac.uk.example',
  },
  futures: {
    name: 'Selwyn Futures',
    description:
      'Careers information, advice and guidance service for young people in Port Selwyn, commissioned by Port Selwyn City Council.',
    email: 'talk@selwynfutures.co.uk.example',
    url: 'https://www.selwynfutures.co.uk.example',
  },
  coastline: {
    name: 'Coastline Mediation',
    description:
      'Independent mediation provider commissioned by several councils in the region to provide SEND mediation and disagreement resolution services.',
    email: 'send@coastlinemediation.co.uk.example',
    url: 'https://www.coastlinemediation.co.uk.example',
  },
};

// Locations: [name, address lines, postcode, area, accessibility notes]
export const LOCATIONS = {
  civic: {
    name: 'Port Selwyn Civic Centre',
    description: 'Main council offices, Harbourside. Reception on the ground floor.',
    address: ['Civic Centre', 'Quay Parade'],
    postcode: 'PS1 1QP',
    access: [
      ['Step-free access', 'Automatic doors at the Quay Parade entrance'],
      ['Hearing loop', 'At main reception and in meeting rooms 1 to 4'],
      ['Accessible toilet', 'Ground floor'],
    ],
  },
  hubHarbourside: {
    name: 'Harbourside Family Hub',
    description: 'Family hub for Harbourside. Children\'s centre rooms, sensory room and consulting rooms.',
    address: ['14 Ropewalk Lane'],
    postcode: 'PS1 3RL',
    access: [
      ['Step-free access'],
      ['Accessible toilet with baby change'],
      ['Sensory room', 'Book at reception'],
    ],
  },
  hubNorth: {
    name: 'Selwyn North Family Hub',
    description: 'Family hub on the Northway Community Campus, next to Northway Library.',
    address: ['Northway Community Campus', 'Fairfield Road'],
    postcode: 'PS4 2FF',
    access: [
      ['Step-free access'],
      ['Changing Places toilet', 'Hoist, adult-sized changing bench. Open in building hours'],
      ['Parking', '4 disabled bays at the front'],
    ],
  },
  hubEastcliff: {
    name: 'Eastcliff Family Hub',
    description: 'Family hub in the former Eastcliff children\'s centre.',
    address: ['Cliff Road'],
    postcode: 'PS6 1CR',
    access: [
      ['Step-free access', 'Ramp at side entrance; main entrance has two steps'],
      ['Accessible toilet'],
    ],
  },
  hospital: {
    name: 'Port Selwyn General Hospital',
    description: 'Children\'s outpatients are in the Dolphin Outpatients Department, blue entrance.',
    address: ['Infirmary Road'],
    postcode: 'PS3 7HR',
    access: [
      ['Step-free access'],
      ['Changing Places toilet', 'Main entrance concourse'],
      ['Blue Badge parking', 'Car park B, free for Blue Badge holders'],
    ],
  },
  seaward: {
    name: 'Seaward Child Development Centre',
    description: 'Single-storey children\'s centre on the Port Selwyn General Hospital site, off the Infirmary Road roundabout.',
    address: ['Infirmary Road'],
    postcode: 'PS3 7HS',
    access: [
      ['Step-free access'],
      ['Changing Places toilet'],
      ['Quiet waiting room', 'Ask at reception'],
      ['Parking', 'Dedicated drop-off bays outside the door'],
    ],
  },
  mariners: {
    name: 'Mariners Health Centre',
    description: 'Community clinic in Harbourside, first and second floors.',
    address: ['2 Dock Street'],
    postcode: 'PS1 4DS',
    access: [['Lift to all floors'], ['Accessible toilet', 'First floor']],
  },
  eastcliffClinic: {
    name: 'Eastcliff Clinic',
    description: 'Community clinic.',
    address: ['41 Beacon Road'],
    postcode: 'PS6 3BR',
    access: [['Step-free access'], ['Hearing loop']],
  },
  anchor: {
    name: 'Anchor House (CYPMHS Port Selwyn)',
    description: 'CYPMHS base for Port Selwyn.',
    address: ['Anchor House', '9 Chandlers Way'],
    postcode: 'PS1 2CW',
    access: [['Step-free access'], ['Accessible toilet'], ['Low-stimulus waiting area']],
  },
  tidewater: {
    name: 'Tidewater House',
    description: 'Six-bed residential short breaks home.',
    address: ['3 Gorse Close', 'Eastcliff'],
    postcode: 'PS5 8GC',
    access: [
      ['Fully wheelchair accessible', 'Ceiling track hoists in four bedrooms and the bathroom'],
      ['Sensory room and enclosed garden'],
    ],
  },
  seahorseBase: {
    name: 'Seahorse Play Project, The Boathouse',
    description: 'Purpose-built play centre with indoor soft play, sensory room and a large garden.',
    address: ['The Boathouse', 'Harbour Road'],
    postcode: 'PS1 6HR',
    access: [
      ['Step-free access throughout'],
      ['Changing Places toilet'],
      ['Hoist in changing room'],
    ],
  },
  eastcliffLeisure: {
    name: 'Eastcliff Leisure Centre',
    description: 'Leisure centre with 25m pool, learner pool, sports hall and gym.',
    address: ['Promenade East'],
    postcode: 'PS6 2PE',
    access: [
      ['Pool hoist', 'Main pool and learner pool'],
      ['Changing Places toilet'],
      ['Accessible changing rooms'],
    ],
  },
  northwayPool: {
    name: 'Northway Pool',
    description: 'Community pool with a warm-water teaching pool.',
    address: ['Fairfield Road'],
    postcode: 'PS4 2FG',
    access: [['Pool hoist'], ['Accessible changing room']],
  },
  centralLibrary: {
    name: 'Port Selwyn Central Library',
    description: 'Children\'s library on the ground floor.',
    address: ['Market Square'],
    postcode: 'PS1 1MS',
    access: [['Step-free access'], ['Lift'], ['Accessible toilet']],
  },
  northwayLibrary: {
    name: 'Northway Library',
    address: ['Northway Community Campus', 'Fairfield Road'],
    postcode: 'PS4 2FF',
    access: [['Step-free access']],
  },
  collegeDockside: {
    name: 'Port Selwyn College, Dockside Campus',
    description: 'Main campus. The Learning Support Hub is on the ground floor of the Quay Building.',
    address: ['Wharf Road'],
    postcode: 'PS1 5WR',
    access: [['Step-free access'], ['Lifts in all buildings'], ['Changing Places toilet', 'Quay Building']],
  },
  collegeNorthfield: {
    name: 'Port Selwyn College, Northfield Campus',
    address: ['Northfield Lane'],
    postcode: 'PS4 6NC',
    access: [['Step-free access to ground floor only']],
  },
  sailLoft: {
    name: 'The Sail Loft',
    description: 'Shared office building. Tidelines is in Unit 4 on the ground floor.',
    address: ['Unit 4, The Sail Loft', 'Ropewalk Lane'],
    postcode: 'PS1 3RL',
    access: [['Step-free access'], ['Accessible toilet']],
  },
  carersCentre: {
    name: 'Selwyn Carers Centre',
    address: ['22 Chapel Street'],
    postcode: 'PS2 4CS',
    access: [['Ground floor meeting rooms'], ['No accessible parking; pay and display on Chapel Street']],
  },
  wheelchairCentre: {
    name: 'Brackenshire and Port Selwyn Wheelchair Service, Unit 7 Harbour Trading Estate',
    address: ['Unit 7, Harbour Trading Estate', 'Gull Lane'],
    postcode: 'PS2 9GL',
    access: [['Step-free access'], ['Accessible parking at the door']],
  },
  dental: {
    name: 'Community Dental Clinic, Mariners Health Centre',
    address: ['2 Dock Street'],
    postcode: 'PS1 4DS',
    access: [['Lift'], ['Wheelchair tipper for dental treatment'], ['Hoist available']],
  },
  ldTeam: {
    name: 'Quayside House',
    description: 'Community learning disability team base.',
    address: ['Quayside House', '18 Quay Parade'],
    postcode: 'PS1 1QR',
    access: [['Step-free access'], ['Easy read signage']],
  },
  futuresShop: {
    name: 'Selwyn Futures, Market Square',
    description: 'Drop-in careers centre.',
    address: ['5 Market Square'],
    postcode: 'PS1 1MT',
    access: [['Step-free access'], ['Hearing loop']],
  },
};

const LO = 'Port Selwyn Local Offer';
const NEED = 'Port Selwyn SEND needs';

export const TAXONOMY = {
  'PSLO-11': { name: 'Therapies', vocabulary: LO },
  'PSLO-12': { name: 'Mental health and emotional wellbeing', vocabulary: LO },
  'PSLO-13': { name: 'Medical and nursing care', vocabulary: LO },
  'PSLO-14': { name: 'Hearing and vision', vocabulary: LO },
  'PSLO-15': { name: 'Health visiting and school nursing', vocabulary: LO },
  'PSLO-16': { name: 'Diagnosis and assessment', vocabulary: LO },
  'PSLO-17': { name: 'Adult health services', vocabulary: LO },
  'PSLO-21': { name: 'Early help and family support', vocabulary: LO },
  'PSLO-22': { name: 'Social care for disabled children', vocabulary: LO },
  'PSLO-23': { name: 'Short breaks', vocabulary: LO },
  'PSLO-24': { name: 'Support for carers', vocabulary: LO },
  'PSLO-25': { name: 'Equipment and adaptations', vocabulary: LO },
  'PSLO-31': { name: 'SEN support in schools and settings', vocabulary: LO },
  'PSLO-32': { name: 'EHC needs assessments and plans', vocabulary: LO },
  'PSLO-33': { name: 'Specialist teaching and advice', vocabulary: LO },
  'PSLO-34': { name: 'Early years', vocabulary: LO },
  'PSLO-35': { name: 'Education out of school', vocabulary: LO },
  'PSLO-41': { name: 'Information, advice and advocacy', vocabulary: LO },
  'PSLO-42': { name: 'Support groups', vocabulary: LO },
  'PSLO-43': { name: 'Money and benefits', vocabulary: LO },
  'PSLO-44': { name: 'Resolving disagreements and complaints', vocabulary: LO },
  'PSLO-45': { name: 'Childcare', vocabulary: LO },
  'PSLO-51': { name: 'Work, training and careers', vocabulary: LO },
  'PSLO-52': { name: 'Independent living and housing', vocabulary: LO },
  'PSLO-53': { name: 'Moving on to adult services', vocabulary: LO },
  'PSLO-61': { name: 'Travel to school and college', vocabulary: LO },
  'PSLO-62': { name: 'Parking and travel passes', vocabulary: LO },
  'PSLO-71': { name: 'Sport and leisure', vocabulary: LO },
  'PSLO-72': { name: 'Clubs and youth groups', vocabulary: LO },
  'PSLO-73': { name: 'Holiday activities', vocabulary: LO },
  'PSN-ALL': { name: 'All needs', vocabulary: NEED },
  'PSN-ASD': { name: 'Autism', vocabulary: NEED },
  'PSN-ADHD': { name: 'ADHD', vocabulary: NEED },
  'PSN-SLCN': { name: 'Speech, language and communication needs', vocabulary: NEED },
  'PSN-LD': { name: 'Learning disability', vocabulary: NEED },
  'PSN-PMLD': { name: 'Profound and multiple learning disabilities', vocabulary: NEED },
  'PSN-SPLD': { name: 'Specific learning difficulties (dyslexia, dyscalculia)', vocabulary: NEED },
  'PSN-DCD': { name: 'Coordination difficulties (dyspraxia / DCD)', vocabulary: NEED },
  'PSN-SEMH': { name: 'Social, emotional and mental health', vocabulary: NEED },
  'PSN-HI': { name: 'Hearing impairment', vocabulary: NEED },
  'PSN-VI': { name: 'Visual impairment', vocabulary: NEED },
  'PSN-MSI': { name: 'Multi-sensory impairment', vocabulary: NEED },
  'PSN-PD': { name: 'Physical disability', vocabulary: NEED },
  'PSN-MED': { name: 'Medical needs and long-term conditions', vocabulary: NEED },
};
