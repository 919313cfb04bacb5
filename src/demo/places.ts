import type { Rng } from './prng.ts';

// Invented places in the Havering area. Street, school and venue names are made up; postcodes use real
// Havering outward districts with a random inward part, so they are shaped right but synthetic.

export const AREAS: readonly { name: string; districts: readonly string[] }[] = [
  { name: 'Romford', districts: ['RM1', 'RM7'] },
  { name: 'Gidea Park', districts: ['RM2'] },
  { name: 'Harold Hill', districts: ['RM3'] },
  { name: 'Harold Wood', districts: ['RM3'] },
  { name: 'Noak Hill', districts: ['RM4'] },
  { name: 'Collier Row', districts: ['RM5'] },
  { name: 'Hornchurch', districts: ['RM11', 'RM12'] },
  { name: 'Elm Park', districts: ['RM12'] },
  { name: 'Rainham', districts: ['RM13'] },
  { name: 'South Hornchurch', districts: ['RM13'] },
  { name: 'Upminster', districts: ['RM14'] },
];

const STREET_FIRST = [
  'Alder',
  'Beacon',
  'Bramble',
  'Chestnut',
  'Dovecote',
  'Elmstead',
  'Fernhill',
  'Foxglove',
  'Gorse',
  'Hawthorn',
  'Heron',
  'Juniper',
  'Kestrel',
  'Larkspur',
  'Linnet',
  'Maple',
  'Meadowsweet',
  'Nightingale',
  'Oakfield',
  'Orchard',
  'Plover',
  'Quarry',
  'Rookery',
  'Rowan',
  'Saxon',
  'Sorrel',
  'Tansy',
  'Thistle',
  'Wagtail',
  'Willowherb',
  'Yarrow',
  'Campion',
  'Coltsfoot',
  'Marlowe',
  'Pennyroyal',
] as const;
const STREET_KIND = ['Road', 'Close', 'Way', 'Avenue', 'Gardens', 'Crescent', 'Drive', 'Lane', 'Court', 'Walk', 'Rise', 'Mews'] as const;
const BLOCKS = ['Kingfisher House', 'Merlin Court', 'Osprey House', 'Swallow Court', 'Teal House', 'Bittern Court'] as const;

// Letters used in the inward part of a UK postcode (C, I, K, M, O and V are never used there).
const INWARD_LETTERS = Array.from('ABDEFGHJLNPQRSTUWXYZ');

export function syntheticAddress(rng: Rng): { line: string; postcode: string } {
  const area = rng.pick(AREAS);
  const district = rng.pick(area.districts);
  const street = `${rng.pick(STREET_FIRST)} ${rng.pick(STREET_KIND)}`;
  const line = rng.chance(0.25) ? `Flat ${rng.int(1, 42)}, ${rng.pick(BLOCKS)}, ${street}, ${area.name}` : `${rng.int(1, 180)} ${street}, ${area.name}`;
  const inward = `${rng.int(0, 9)}${rng.pick(INWARD_LETTERS)}${rng.pick(INWARD_LETTERS)}`;
  return { line, postcode: `${district} ${inward}` };
}

export const SCHOOLS: readonly string[] = [
  'Rainham Park School',
  'Upminster Vale Academy',
  'Collier Row Community College',
  'Harold Hill Heath Academy',
  'Elm Park Fields School',
  'Hornchurch Meadow Academy',
  'Romford Brook School',
  'Gidea Vale Girls School',
  'Bower Heath Catholic Academy',
  'Noak Hill Oaks School',
];
export const ALTERNATIVE_PROVISION = 'Havering Bridge Learning Centre (alternative provision)';

// Places where harm happens outside the home (contextual safeguarding): invented venues.
export const HOTSPOTS: readonly string[] = [
  'the Grange Lodge Hotel',
  'Chicken Express on Mercury Parade',
  'the multi-storey car park on Brewer Street',
  'Larchwood Fields recreation ground',
  'a flat on the Gallowmead estate',
  'the shisha lounge on Eastbrook Lane',
  'the Cosy Nights guest house',
  'the underpass near Romford station',
  'a vape shop on Kingfisher Road',
  'Millpond Park',
  'a taxi office on Parkfield Parade',
  'the snooker hall on Tollgate Road',
];

// Towns outside London where county lines commonly run (the route, not any real address).
export const COUNTY_TOWNS: readonly string[] = ['Southend', 'Colchester', 'Ipswich', 'Chelmsford', 'Norwich', 'Basildon', 'Clacton'];

export const CARS: readonly string[] = [
  'a grey car',
  'a black Audi',
  'a white van',
  'a silver hatchback',
  'a blue BMW',
  'a dark people carrier',
  'an unlicensed minicab',
  'a red estate car',
];

export const GIFTS: readonly string[] = [
  'a new phone',
  'designer trainers',
  'a new jacket',
  'vapes and alcohol',
  'nails and hair appointments',
  'taxi rides',
  'phone top-ups',
  'takeaway food',
  'a gold chain',
];
