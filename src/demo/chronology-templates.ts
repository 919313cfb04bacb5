import type { AgencyKind, ChronologyKind, Gender } from '../core/records/vocab.ts';

// Chronology entries for the demo, written in child-centred language: the child is a victim, adults are
// responsible, behaviour is read as a response to harm (DOMAIN.md: Rotherham failures, trauma responses).
// Slots in braces are filled by chronology.ts:
//   {name} the name the child is known by        {they} {them} {their} {They} {Their} pronouns
//   {is} {was} {has} {s} verbs that agree with {they} ('owe{s}')   {nth} 'second'..'fifth'   {Carer}  {home} 'home' or 'placement'   {carer} 'parent' or 'carer'
//   {adult} {adult2} street names of adults of concern   {adultAge} an adult's age
//   {place} a venue   {area} a Havering district   {town} a county-lines town   {car} a vehicle
//   {gift} an item   {amount} pounds   {n} a small number   {time} a clock time   {pct} a percentage   {school}
// Summaries must stay within 120 characters once filled; the tests check this.

export type ChronologyTemplate = {
  kind: ChronologyKind;
  summary: string;
  detail: string;
  /** Agencies that would plausibly write this entry; undefined means any agency. */
  agencies?: readonly AgencyKind[];
  /** Only for children of these genders (e.g. pregnancy); undefined means any child. */
  genders?: readonly Gender[];
  /** Only for children who are looked after (placements). */
  lookedAfterOnly?: boolean;
};

const POLICE_CARE: readonly AgencyKind[] = ['police', 'social_care', 'third_sector'];
const HEALTH: readonly AgencyKind[] = ['health'];
const POLICE: readonly AgencyKind[] = ['police'];
const COMMUNITY: readonly AgencyKind[] = ['youth_services', 'third_sector', 'education', 'social_care', 'health'];

export const CHRONOLOGY_TEMPLATES: readonly ChronologyTemplate[] = [
  // Missing episodes (A: absent/missing)
  {
    kind: 'missing_episode',
    summary: 'Child went missing from {home} overnight; returned by an unknown adult in {car}.',
    detail:
      '{name} was reported missing at {time} and came back the next morning. {Their} {carer} saw {them} dropped off by an adult in {car}; the registration was not seen. Return home interview to be offered within 72 hours.',
    agencies: POLICE_CARE,
  },
  {
    kind: 'missing_episode',
    summary: 'Missing from {home} for {n} days; found in {area} with older young people.',
    detail:
      '{name} was found by officers in {area} with a group of older young people. {They} {was} tired and hungry and did not say where {they} had stayed. Treated as a possible victim of exploitation.',
    agencies: POLICE_CARE,
  },
  {
    kind: 'missing_episode',
    summary: 'Reported missing after school; located at {place} at {time}.',
    detail:
      '{name} did not come home after school and was located at {place} by police. Adults at the venue left when officers arrived. {They} {was} taken home safe.',
    agencies: POLICE_CARE,
  },
  {
    kind: 'missing_episode',
    summary: 'Missing episode: came back with {gift} that {they} could not explain.',
    detail:
      '{name} returned after a night away with {gift}. {They} said a friend gave it to {them}. Unexplained gifts are an indicator of grooming and have been shared with the case team.',
    agencies: POLICE_CARE,
  },
  {
    kind: 'missing_episode',
    summary: 'Found in a flat in {area} with two adults; possible county lines: child is a victim of exploitation.',
    detail:
      '{name} was found during a warrant at a flat in {area} with two adults, one known as {adult}. Cash and phones were seized from the adults. {name} was safeguarded as a victim, not treated as a suspect.',
    agencies: POLICE,
  },
  {
    kind: 'missing_episode',
    summary: 'Found in {town} by local police {n} days after going missing; train ticket bought by an adult.',
    detail:
      '{name} was found in {town}, over an hour from home. {They} had a train ticket {they} said an adult bought for {them}. NRM referral to be considered as a possible victim of trafficking.',
    agencies: POLICE_CARE,
  },
  {
    kind: 'missing_episode',
    summary: 'Missing from placement for the {nth} time this month; carers worried about adults collecting {them}.',
    detail:
      'Carers report that {name} is picked up at the end of the road by adults in {car}. Each time {they} {is} gone overnight. Placement stability to be discussed at the next strategy meeting.',
    agencies: POLICE_CARE,
    lookedAfterOnly: true,
  },
  {
    kind: 'missing_episode',
    summary: 'Missing overnight; {carer} received a message from {them} saying {they} {was} "at a party in {area}".',
    detail:
      '{name} was away overnight and came back at {time}. {They} could not remember parts of the night. Possible drug or alcohol use by adults to lower {their} resistance; health check offered.',
    agencies: POLICE_CARE,
  },

  // Sexual health attendances (S: sexual health) for under-18s always trigger a screen.
  {
    kind: 'sexual_health_attendance',
    summary: 'Attended sexual health clinic; age of partner recorded as {adultAge}. Safeguarding referral discussed.',
    detail:
      '{name} attended for contraception advice. The partner is an adult aged {adultAge}, which is a safeguarding concern regardless of what the child says about the relationship. Referral to MASH discussed with {them}.',
    agencies: HEALTH,
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Requested emergency contraception for the {nth} time in six months; exploitation screen completed.',
    detail:
      'Repeat requests for emergency contraception are an indicator of sexual exploitation. {name} was seen alone and given time to talk. The screen has been shared with the safeguarding lead.',
    agencies: HEALTH,
    genders: ['female'],
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'STI diagnosed and treated; child was not able to say how many partners there had been or their ages.',
    detail:
      '{name} was treated today. {They} became quiet when asked about partners, which may be a freeze or forget trauma response. Clinician will see {them} again in two weeks and has referred to the safeguarding team.',
    agencies: HEALTH,
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Pregnancy test at clinic; an adult in a relationship with the child ({adultAge}) told her to come alone.',
    detail:
      '{name} said the adult she is in a relationship with, known as {adult}, is aged {adultAge}. This is an adult exploiting a child. Referral made to MASH and police the same day.',
    agencies: HEALTH,
    genders: ['female'],
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Attended with an older adult who answered questions for {them}; child was then seen alone.',
    detail:
      "An adult who said they were a cousin tried to stay in the room. The clinician saw {name} alone, and {they} appeared frightened. The adult's details were recorded and shared with police.",
    agencies: HEALTH,
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Did not attend follow-up appointment; clinic could not reach {them} on the number given.',
    detail:
      'The phone number given belongs to someone else. A missed appointment is a reason to do more, not less: the clinic has asked the school nurse to offer a confidential appointment in school.',
    agencies: HEALTH,
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Attended clinic with bruising {they} did not feel able to explain; body map completed, referral to MASH.',
    detail:
      '{name} had bruising to the arms and neck. {They} said {they} did not want to talk about it today. Body map completed and referral made; the clinician will stay in contact.',
    agencies: HEALTH,
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Attended for STI screen; disclosed sexual contact with an adult man met online.',
    detail:
      '{name} said he met the adult on a gaming app. The adult sent him money and asked for images. He is a victim of sexual exploitation; boys are less likely to be asked, so the full screen was completed.',
    agencies: HEALTH,
    genders: ['male'],
  },
  {
    kind: 'sexual_health_attendance',
    summary: 'Asked about a termination; the adult in a relationship with the child is aged {adultAge}.',
    detail:
      '{name} asked about her options. She is under 18 and the adult is aged {adultAge}: this is child sexual exploitation. Referral to MASH made and strategy discussion requested.',
    agencies: HEALTH,
    genders: ['female'],
  },

  // Incidents (G: gangs, older age groups, crime; U: technology)
  {
    kind: 'incident',
    summary: 'Found in a car with {n} adults at {place} at {time}; child taken home by police.',
    detail:
      'Officers stopped {car} at {place}. {name} was in the back with adults much older than {them}. Names of the adults recorded; CAWN to be considered for the driver, known as {adult}.',
    agencies: POLICE,
  },
  {
    kind: 'incident',
    summary: 'Arrested in possession of drugs in {area}; NRM referral made as a possible victim of criminal exploitation.',
    detail:
      '{name} was found with wraps of class A drugs and said {they} owed money to {adult}. A child made to carry drugs is a victim of criminal exploitation. NRM referral submitted.',
    agencies: POLICE,
  },
  {
    kind: 'incident',
    summary: "Attended A&E with a cut to the hand; said it happened at a friend's. Concern about debt bondage.",
    detail:
      '{name} had a deep cut to the hand. {They} said {they} had to pay back money for drugs that were taken from {them}. Debt bondage is a known control method in county lines.',
    agencies: ['health', 'police'],
  },
  {
    kind: 'incident',
    summary: 'Found at {place} with an adult aged {adultAge}; CAWN served on the adult.',
    detail:
      'Hotel staff called police after {name} arrived with an adult known as {adult}. {name} was safeguarded and taken home. A CAWN was served on the adult and the venue is on the disruption list.',
    agencies: POLICE,
  },
  {
    kind: 'incident',
    summary: 'Intimate images of the child shared in a group chat; police informed and images reported for removal.',
    detail:
      'Images of {name} were shared without {their} agreement by an older young person. {They} {was} very distressed and worried about school. Police informed and the images reported for removal.',
    agencies: ['police', 'education', 'social_care'],
  },
  {
    kind: 'incident',
    summary: 'Family home used by older young people to store drugs; family report threats.',
    detail:
      'Police found drugs stored at the family home. The family say they were threatened by people linked to {adult}. {name} and the family are victims of cuckooing; a safety plan is in place.',
    agencies: ['police', 'social_care'],
  },
  {
    kind: 'incident',
    summary: 'Child assaulted in {area}; told police it was over a "debt" owed to {adult}.',
    detail:
      '{name} had facial injuries. {They} said {they} {was} attacked because of money {they} owed to {adult}. {They} did not want to make a statement now; officers will offer again.',
    agencies: POLICE,
  },
  {
    kind: 'incident',
    summary: 'Seen by patrol in a car with {adult}, who is subject to a CAWN; child taken home safe.',
    detail:
      'A patrol saw {name} in {car} with {adult}. The notice was breached and this is recorded for the investigation. {name} was taken home and {their} {carer} informed.',
    agencies: POLICE,
  },
  {
    kind: 'incident',
    summary: 'Stopped and searched in {area}; carrying £{amount} cash and two phones. Treated as a possible victim.',
    detail:
      '{name} was carrying £{amount} and two phones. Cash and several phones are indicators of criminal exploitation. {They} {was} taken home and a referral made to the exploitation team.',
    agencies: POLICE,
  },
  {
    kind: 'incident',
    summary: 'Contacted online by an adult posing as a teenager and asked for images; reported to CEOP.',
    detail:
      '{name} showed {their} {carer} messages from an account that claimed to be 15. The account asked for images and offered money. Screenshots saved and reported to CEOP and police.',
    agencies: ['police', 'social_care', 'education', 'youth_services'],
  },

  // Case notes
  {
    kind: 'note',
    summary: 'Young person disclosed an adult (age unknown, known as {adult}) has been buying {their} phone top-ups.',
    detail:
      '{name} said {adult} gives {them} top-ups and lifts. {They} described {adult} as "looking out for" {them}. This is a grooming pattern; shared with police intelligence.',
  },
  {
    kind: 'note',
    summary: 'School report: attendance down to {pct}%; seen being collected at the gates by an adult in {car}.',
    detail:
      'Staff at {school} have seen {name} picked up at lunchtime by an adult in {car}. Attendance has fallen sharply this term. The school DSL has been asked to record every sighting.',
    agencies: ['education', 'social_care'],
  },
  {
    kind: 'note',
    summary: 'Child has a second phone and receives calls late at night; told {their} {carer} it is "for work".',
    detail:
      'A second phone and late-night calls are indicators of criminal exploitation. {name} looked worried when the phone rang. Discussed with {them} calmly; {they} said {they} could not talk about it.',
  },
  {
    kind: 'note',
    summary: 'Low mood and self-harm reported by {carer}; child said {they} owe{s} money to older "friends".',
    detail:
      '{name} has cuts to {their} forearms. {They} said the older friends will "sort it" if {they} pay{s} them back. Self-harm and debt are signs of harm, not behaviour to be managed. CAMHS referral made.',
  },
  {
    kind: 'note',
    summary: 'Child described {adult} as "looking after" {them}; adult is aged about {adultAge}. Grooming concern.',
    detail:
      '{name} spoke warmly about {adult}, who buys {them} food and gives {them} lifts. The age gap and gifts fit the befriending stage of grooming. Discussed with the safeguarding lead.',
  },
  {
    kind: 'note',
    summary: 'Strategy discussion held: child is a victim of exploitation; case to be heard at MASE.',
    detail:
      'Police, health and social care agreed that {name} is at significant risk of harm from adults linked to {place}. Section 47 enquiries to start. Case referred to the MASE panel.',
    agencies: ['social_care', 'police', 'health'],
  },
  {
    kind: 'note',
    summary: 'MASE panel: disruption plan agreed for {place}.',
    detail:
      'The panel heard that several children have been seen at {place}. Actions: licensing review, CCTV request and targeted patrols. Named adults, including {adult}, to be considered for CAWNs.',
    agencies: ['community_safety', 'police', 'social_care'],
  },
  {
    kind: 'note',
    summary: 'New trainers and designer clothes noticed; family unable to say where they came from.',
    detail:
      '{name} has had {gift} and new clothes in the last month. {Their} {carer} does not know who paid for them. Unexplained gifts are recorded as an indicator (R).',
  },
  {
    kind: 'note',
    summary: 'Child has been spending late evenings at {place} with adults much older than {them}.',
    detail:
      'Youth workers have seen {name} at {place} after 10pm with adults in their twenties. {They} {was} given food and vapes. The location has been added to the contextual safeguarding map.',
    agencies: COMMUNITY,
  },
  {
    kind: 'note',
    summary: 'Child told youth worker that older males pay for taxis to parties in {area}.',
    detail:
      '{name} said taxis are paid for by adults {they} met at {place}. {They} did not know the addresses. Information shared with police and the community safety partnership.',
    agencies: ['youth_services', 'third_sector'],
  },
  {
    kind: 'note',
    summary: 'Child withdrawn after a weekend away; could not say where {they} stayed. Trauma response considered.',
    detail:
      '{name} was quiet and did not want to eat. {They} could not say where {they} had been, which can be a forget or freeze response to trauma. Worker will keep offering time and a trusted adult.',
  },
  {
    kind: 'note',
    summary: "Cannabis found in child's room; {they} said adults at {place} hand it out free.",
    detail:
      '{name} said the drugs were free at first and now {they} {is} told {they} owe{s} money. This is a common entrapment pattern. Substance use service referral offered.',
  },
  {
    kind: 'note',
    summary: 'Child said {they} {is} scared of {adult} and does not want to speak to police yet.',
    detail:
      '{name} is frightened of what will happen if {they} talk{s}. Fear of reprisal is common and is not a reason to step back. Worker will stay in contact and keep the option open.',
  },
  {
    kind: 'note',
    summary: 'Safety plan agreed with child and {carer}; trusted adult identified at school.',
    detail:
      '{name} helped write the plan: who to call, safe places in {area}, and what to do if {adult} gets in touch. A teacher at {school} is {their} trusted adult.',
  },
  {
    kind: 'note',
    summary: 'Visit: child in good spirits and talked about football and college plans.',
    detail: '{name} was relaxed and chatty. {They} talked about wanting to go to college. Positive relationship with worker; continue weekly contact.',
  },
  {
    kind: 'note',
    summary: 'Child added to online group chats by unknown adults; screenshots shared with police.',
    detail:
      '{name} was added to group chats where older users share images and offer money. {They} showed the worker the chats. Screenshots passed to police; online safety session booked.',
  },
  {
    kind: 'note',
    summary: 'Sibling reports older men calling at the house asking for {name}.',
    detail:
      'A younger sibling said men in {car} have called at the house several times. {Their} {carer} is frightened. Police to visit and the address is flagged for patrols.',
    agencies: ['social_care', 'police'],
  },
  {
    kind: 'note',
    summary: 'Child was hard to reach this week; worker will keep trying. Not engaging can be a sign of fear.',
    detail:
      '{name} did not answer calls or come to the planned meeting. Distrust of professionals is an indicator (D) and {they} may be being told not to talk. Worker will try again with a different approach.',
  },

  // Contacts
  {
    kind: 'contact',
    summary: 'Phone call with child; {they} said {they} {is} safe and staying with a friend. Address not given.',
    detail:
      '{name} sounded tired and there were adult voices in the background. {They} would not give the address. Police informed and a welfare check requested.',
  },
  {
    kind: 'contact',
    summary: 'Home visit: child not at home; {carer} worried about older adults on social media.',
    detail: '{Their} {carer} showed messages from adult accounts to {name}. The accounts use the name {adult}. Screenshots taken and shared with police.',
    agencies: ['social_care', 'youth_services', 'third_sector', 'health'],
  },
  {
    kind: 'contact',
    summary: 'Return home interview completed within 72 hours of the child coming home.',
    detail:
      '{name} described being driven around by {adult} and staying in a flat in {area}. {They} said {they} did not feel able to leave. Information shared with police and social care.',
    agencies: ['third_sector', 'social_care'],
  },
  {
    kind: 'contact',
    summary: 'Joint visit with police; child spoke about being given "free" cannabis and then told {they} owed money.',
    detail:
      '{name} said {adult} told {them} to hold a bag to pay off the debt. This is criminal exploitation and {they} {is} a victim. NRM referral to be discussed at strategy.',
    agencies: ['social_care', 'police'],
  },
  {
    kind: 'contact',
    summary: 'School nurse contact: child disclosed self-harm and money worries; referral to CAMHS.',
    detail:
      '{name} saw the school nurse at {school}. {They} spoke about money {they} owe{s} and cutting to cope. Referral to CAMHS made and the social worker informed.',
    agencies: ['health', 'education'],
  },
  {
    kind: 'contact',
    summary: '{Carer} called MASH: child came home in a taxi paid for by an unknown adult.',
    detail:
      'The {carer} said this is the third time this month. {name} will not say who pays. Taxi company details passed to police; the firm is part of a licensing awareness operation.',
    agencies: ['social_care'],
  },
  {
    kind: 'contact',
    summary: 'Referral from school: change in behaviour and an older adult waiting outside school.',
    detail:
      'Staff at {school} report {name} has become withdrawn and has {gift} that the family did not buy. An adult in {car} waits outside most days. Exploitation screening started.',
    agencies: ['social_care', 'education'],
  },
];
