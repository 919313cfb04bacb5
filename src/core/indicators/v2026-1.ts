import type { Framework } from './types.ts';

// Lantern SAFEGUARD framework 2026.1.
// Categories follow the SAFEGUARD mnemonic (shared/DOMAIN.md); weight classes are modelled on SERAF (shared/SOURCES.md 2c);
// sexual health prompts follow Spotting the Signs (SOURCES.md 2a); trafficking indicators follow the NRM action + purpose
// test and HTCDS methods of control (SOURCES.md 2d, 6); wording follows the language guides (SOURCES.md 3).
// All wording is Lantern's own. Codes are stable: never reuse a code for a different meaning, add a new one instead.
//
// Tags drive actions: any present indicator tagged 'trafficking' or 'county_lines' makes the screening offer an NRM
// referral (src/core/screening/assess.ts), so those two tags are kept for indicators that point to trafficking itself.
export const FRAMEWORK_2026_1: Framework = {
  version: '2026.1',
  published: '2026-11-28',
  summary:
    'SAFEGUARD indicators of child sexual exploitation, child criminal exploitation and county lines, trafficking and online harm, weighted as vulnerabilities, moderate or significant risks in the SERAF way, with child-centred wording and guidance on what to ask.',
  sources: {
    domain: { title: 'London CSE Operating Protocol, Appendix A SAFEGUARD (via Lantern DOMAIN.md)' },
    seraf: {
      title: 'Sexual Exploitation Risk Assessment Framework (SERAF): risk assessment form and scoring guidance',
      url: 'https://docsbay.net/doc/322764/child-sexual-exploitation-risk-assessment-form-seraf',
    },
    kent_medway: {
      title: 'Kent & Medway CSE Risk Assessment Toolkit, version 6 (2017)',
      url: 'https://docsbay.net/the-purpose-of-the-assessment-tool-is-to-enable-professionals-to-assess-a-young-person',
    },
    london_2021: {
      title: 'London Child Exploitation Operating Protocol (2021), Appendix B SAFEGUARD and the section on trafficking and the NRM',
      url: 'https://www.readkong.com/page/the-london-child-exploitation-operating-protocol-2021-7308805',
    },
    spotting_the_signs: {
      title: 'BASHH and Brook (2014), Spotting the Signs: a national CSE proforma for sexual health services',
      url: 'https://fflm.ac.uk/publications/spotting-the-signs-cse-proforma/',
    },
    sts_toolkit: {
      title: 'Spotting the Signs sexual health toolkit (Swindon adaptation)',
      url: 'https://docsbay.net/doc/1039402/spotting-the-signs-sexual-health-toolkit',
    },
    plymouth: {
      title: 'Plymouth Safeguarding Children Partnership, Child Exploitation Risk Threshold Indicator',
      url: 'https://plymouthscb.co.uk/exploitation-pathway',
    },
    return_home_interviews: {
      title: 'Missing People, Return home interviews',
      url: 'https://www.missingpeople.org.uk/for-professionals/commission-us-professional-specialist-services/return-home-interviews',
    },
    contextual_safeguarding: {
      title: 'Contextual Safeguarding, Context assessments and responses toolkit',
      url: 'https://www.contextualsafeguarding.org.uk/toolkits/context-assessments-and-responses-toolkit',
    },
    childrens_society_language: {
      title: 'The Children’s Society, Child exploitation language guide (2022 revision: child financial exploitation, drugs carried internally)',
      url: 'https://www.childrenssociety.org.uk/information/professionals/resources/child-exploitation-language-guide',
    },
    language_alternatives: {
      title: 'Suggested alternatives for describing behaviour around CSE concerns',
      url: 'https://docsbay.net/suggested-alternatives-for-describing-behaviour-around-cse-concerns',
    },
    complex_safeguarding_wales: {
      title: 'Complex Safeguarding Wales (Cardiff University), Language use',
      url: 'https://cardiff.ac.uk/complex-safeguarding-wales/information-for-practitioners/language-use',
    },
    nrm_guidance: {
      title: 'Home Office, Support for victims of human trafficking: National Referral Mechanism guidance',
      url: 'https://gov.uk/government/publications/support-for-victims-of-human-trafficking',
    },
    htcds: {
      title: 'IOM and Tech Against Trafficking, Human Trafficking Case Data Standard (HTCDS): methods of control',
      url: 'https://github.com/UNMigration/HTCDS',
    },
  },
  indicators: [
    // S: sexual health and behaviour. Every one is asked in a sexual health attendance for an under-18.
    {
      code: 'sh_sexual_activity',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'The child has described sexual activity, and there are concerns about their age, the other person’s age, pressure or grooming',
      guidance:
        'Ask the age of each person involved, how they met, where it happens and whether anything was given or expected in return. Any sexual activity involving a child under 13 is rape and needs an immediate police and social care referral. For older children, assess Fraser competence and look for an age gap, a power imbalance, substances or pressure.',
      tags: ['cse'],
      source: 'spotting_the_signs',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_sti',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'The child has a sexually transmitted infection, or keeps coming back for STI tests',
      guidance:
        'Ask who the child has had sexual contact with, how old they are and how the child knows them. An infection in a young child, or repeated infections, may mean the child is being abused by several people. Discuss every STI in an under-16 with the safeguarding lead.',
      tags: ['cse'],
      source: 'seraf',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_pregnancy',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'The child is pregnant or has been pregnant',
      guidance:
        'Ask, privately, who the other parent is, their age and how the child knows them. Explore whether the pregnancy followed pressure, force, substances or something given in return. A child’s pregnancy always needs a conversation with the safeguarding lead about whether to refer.',
      tags: ['cse'],
      source: 'spotting_the_signs',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_termination',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'The child has had a termination of pregnancy or a miscarriage',
      guidance:
        'Ask who came with the child, who knows about it and whether anyone pressured them either way. Find out who the other person was and their age, as for a pregnancy. Repeated terminations are a strong reason to consider exploitation.',
      tags: ['cse'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_emergency_contraception',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'The child has needed emergency contraception, especially more than once',
      guidance:
        'Ask what happened, who the other person was, their age and whether the child wanted the sexual contact. Look for alcohol or drugs, a group of people, or an adult who brought the child in. Repeated requests may mean repeated abuse the child cannot yet describe.',
      tags: ['cse'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_many_partners',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'Several different people have had sexual contact with the child',
      guidance:
        'Ask how the child met each person, their ages, and whether someone introduced them or took the child to meet them. Being passed between people is a common pattern in group and organised exploitation. Record what the child says in their own words, without judging them.',
      tags: ['cse'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_sexualised_behaviour',
      category: 'sexual_health',
      weight: 'moderate',
      wording: 'The child shows sexualised behaviour or sexual knowledge beyond their age and development',
      guidance:
        'Ask where the child has seen or learned this, including online, and who they spend time with. Sexualised behaviour can be a sign that the child has been abused or shown sexual material by others. Record exactly what was seen or said and when.',
      tags: ['cse', 'online'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'sh_sexual_assault',
      category: 'sexual_health',
      weight: 'significant',
      wording: 'The child has been sexually assaulted or raped, or has described an assault',
      guidance:
        'Make sure the child is safe now and ask only what is needed to protect them; detailed questioning is for the police and specialist services. Ask whether the person is known to the child, whether others were present, and whether it has happened before. Consider forensic and medical care, and refer to the police and children’s social care.',
      tags: ['cse'],
      source: 'london_2021',
      sexualHealthPrompt: true,
    },

    // A: absent from school, going missing from home or care, being moved by others.
    {
      code: 'am_missing',
      category: 'absent_missing',
      weight: 'moderate',
      wording: 'The child has gone missing from home or care, or has been reported absent',
      guidance:
        'Ask where the child went, who they were with, how they travelled and whether anyone hurt, threatened or gave them anything; offer an independent return home interview within 72 hours of every return. Going missing is often flight from harm, or the pull of people who control the child, and is not a free decision. Fright, freeze and forget can leave a child unable to say where they were, so keep asking gently and record every episode.',
      tags: ['cse', 'cce'],
      source: 'return_home_interviews',
      traumaResponse: true,
      sexualHealthPrompt: true,
    },
    {
      code: 'am_staying_out_late',
      category: 'absent_missing',
      weight: 'moderate',
      wording: 'The child is coming home late or staying out overnight, and no one knows where they have been',
      guidance:
        'Ask where the child goes, who they are with, how they get home and who pays for travel, food or anything else. Coming back late is often the result of grooming or control by others: fright can drive flight from home, and a child may freeze when questioned or forget details because of trauma. Record times and patterns, because later returns often lead on to nights away and going missing.',
      tags: ['cse', 'cce'],
      source: 'plymouth',
      traumaResponse: true,
    },
    {
      code: 'am_school_absence',
      category: 'absent_missing',
      weight: 'moderate',
      wording: 'The child is absent from school or college, or leaves during the day',
      guidance:
        'Ask the school about patterns, such as particular days, being collected by others, or leaving after phone calls. Ask the child where they go instead and who they are with. Children absent from school are easier for others to exploit and less visible to trusted adults.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'am_school_exclusion',
      category: 'absent_missing',
      weight: 'moderate',
      wording: 'The child has been excluded from school, or placed on a part-time timetable or in alternative provision',
      guidance:
        'Ask what led to the exclusion and whether behaviour changed before it, for example after new friends, money or phones appeared. Exclusion leaves a child with empty days that others use to draw them into carrying drugs or other crime, and boys are often seen as the problem rather than at risk. Find out where the child spends the time they are not in school.',
      tags: ['cce', 'cse'],
      source: 'seraf',
    },
    {
      code: 'am_found_with_adults',
      category: 'absent_missing',
      weight: 'significant',
      wording: 'After going missing, the child has been found in adults’ homes, hotels or cars, or with older adults',
      guidance:
        'Record the addresses, vehicles and names or descriptions of the adults, and pass them to the police. Ask the child how they got there, who else was there and what happened, and ask the police to consider a Child Abduction Warning Notice. Share the location with the MACE so it can be assessed as a place of concern.',
      tags: ['cse', 'cce'],
      source: 'london_2021',
    },
    {
      code: 'am_moved_by_others',
      category: 'absent_missing',
      weight: 'significant',
      wording: 'Others are moving the child between places, towns or addresses, or arranging and paying for their travel',
      guidance:
        'Ask who arranged the travel, who paid, who met the child and what they were expected to do there. Moving a child in order to exploit them is trafficking, and a child cannot consent to it. Refer to the police and children’s social care, and make a National Referral Mechanism referral.',
      tags: ['trafficking', 'county_lines', 'cse', 'cce'],
      source: 'nrm_guidance',
    },
    {
      code: 'am_found_out_of_area',
      category: 'absent_missing',
      weight: 'significant',
      wording: 'The child has been found far from home, in a town or city they have no known link to (sometimes called "going country")',
      guidance:
        'Ask how the child got there, who they stayed with and what they were told to do. Being taken to another area to sell or hold drugs is county lines exploitation and a form of trafficking. Tell the police in both areas and consider a National Referral Mechanism referral.',
      tags: ['cce', 'county_lines', 'trafficking'],
      source: 'london_2021',
    },
    {
      code: 'am_unknown_address',
      category: 'absent_missing',
      weight: 'significant',
      wording: 'The child does not know, or cannot say, the address where they have been staying',
      guidance:
        'Ask the child to describe the place, who else lives there, who brought them and whether they could leave when they wanted. Not knowing where they are kept is a sign that others are harbouring and controlling the child. Consider trafficking and a National Referral Mechanism referral.',
      tags: ['trafficking', 'cse', 'cce'],
      source: 'nrm_guidance',
    },

    // F: familial abuse and problems at home (mostly background vulnerabilities).
    {
      code: 'fa_domestic_abuse',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child lives, or has lived, with domestic abuse at home',
      guidance:
        'Ask what the child has seen or heard at home and whether they feel safe there now. Children who have lived with abuse may see control and violence as normal in relationships, which others can use to groom them. Check for a current child protection plan or police reports.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_in_care',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child is looked after by the local authority, or is a care leaver',
      guidance:
        'Record the legal status, the placement type and how many moves the child has had. Children in care, especially in residential or out-of-area placements, are often targeted by people who exploit children. Ask the social worker about missing episodes and any adults seen near the placement.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_parental_substance_misuse',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'A parent or carer misuses drugs or alcohol',
      guidance:
        'Ask who looks after the child day to day and whether adults who use or supply drugs visit the home. Children with less supervision and care at home are easier to target. Consider whether the family home is itself being used by others.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_parental_mental_health',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'A parent or carer has mental health difficulties that affect the care the child receives',
      guidance:
        'Ask who the child can turn to at home and whether they are caring for a parent or siblings. A child without emotional support at home can be drawn to anyone who offers attention. Record support already in place for the family.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_family_breakdown',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child’s family has broken down, or the child has been moved between relatives or carers',
      guidance:
        'Ask where the child lives now, who with, and how many moves there have been. Instability and loss leave a child looking for belonging, which people who exploit children offer. Record who holds parental responsibility.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_neglect',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child has been neglected, physically or emotionally',
      guidance:
        'Ask whether the child has enough food, clothing and attention at home, and who notices when they are out. Children whose needs go unmet are targeted with food, gifts and affection. Check records for previous neglect concerns.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_previous_abuse',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child has been physically or sexually abused in the past',
      guidance:
        'Check records for earlier abuse and what support followed. Children who have been abused before are more likely to be targeted again and may find it harder to recognise new abuse. Do not ask the child to retell past abuse unless it is needed to keep them safe now.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_unsuitable_accommodation',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child has unsuitable or unstable accommodation, or is staying with friends, sofa-surfing or sleeping rough',
      guidance:
        'Ask where the child slept each night this week and who arranged it. A child without a safe place to stay may accept shelter from people who then expect something in return. Refer for housing and social care support.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_no_trusted_adult',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child has no positive relationship with a caring adult',
      guidance:
        'Ask the child who they would go to if something went wrong. Without a trusted adult, a child is easier to isolate and groom. Look for someone in school, family or youth services who could fill that role.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'fa_unaccompanied_migrant',
      category: 'familial',
      weight: 'vulnerability',
      wording: 'The child arrived in the country without their parents, or with adults who are not their family',
      guidance:
        'Ask who the child travelled with, who paid for the journey and whether they owe anyone money for it. Separated children are often targeted for trafficking, including by the people who brought them. Use an independent interpreter, never the adult who accompanies the child.',
      tags: ['cse', 'cce'],
      source: 'htcds',
    },
    {
      code: 'fa_family_links_to_exploitation',
      category: 'familial',
      weight: 'moderate',
      wording: 'Siblings or family members are being exploited, or are linked to people who exploit children',
      guidance:
        'Ask about older siblings and relatives, and whether any of them have been exploited or are linked to gangs or people who exploit others. Exploitation often runs through families and their networks. Consider screening siblings too.',
      tags: ['cse', 'cce'],
      source: 'london_2021',
    },
    {
      code: 'fa_domestic_servitude',
      category: 'familial',
      weight: 'significant',
      wording: 'The child is made to cook, clean or look after children for a household, often not their own family, instead of going to school',
      guidance:
        'Ask what the child does each day, whether they are paid, whether they can go out alone and whether they go to school. Domestic servitude is a form of trafficking, and children often do not see it as abuse. Refer to the police and children’s social care, and make a National Referral Mechanism referral.',
      tags: ['trafficking'],
      source: 'nrm_guidance',
    },
    {
      code: 'fa_living_with_unrelated_adults',
      category: 'familial',
      weight: 'moderate',
      wording: 'The child is living with adults who are not their parents, and the arrangement is unclear or unchecked',
      guidance:
        'Ask who the adults are, how the child came to live with them and whether the local authority knows (private fostering must be notified). Adults who house a child they are not related to may be harbouring them for exploitation. Check the child is registered with a school and a GP.',
      tags: ['trafficking', 'cse'],
      source: 'nrm_guidance',
    },

    // E: emotional and physical condition.
    {
      code: 'ep_self_harm',
      category: 'emotional_physical',
      weight: 'moderate',
      wording: 'The child is self-harming, or has thought about or attempted suicide',
      guidance:
        'Ask when the self-harm started and what was happening in the child’s life then, including new people, debts or threats. Self-harm can be a way of coping with abuse the child cannot talk about, and it is a common way boys present. Make sure the child has urgent mental health support as well as a safeguarding response.',
      tags: ['cse', 'cce'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'ep_low_mood',
      category: 'emotional_physical',
      weight: 'moderate',
      wording: 'The child expresses despair, hopelessness or very low mood',
      guidance:
        'Ask how the child has been feeling, since when, and whether anyone is making them feel this way. Despair can follow abuse, threats or a debt the child cannot escape. Arrange mental health support and keep checking in.',
      tags: ['cse', 'cce'],
      source: 'seraf',
      sexualHealthPrompt: true,
    },
    {
      code: 'ep_low_self_esteem',
      category: 'emotional_physical',
      weight: 'vulnerability',
      wording: 'The child has low self-esteem or little sense of their own worth',
      guidance:
        'Ask the child what they think of themselves and who makes them feel good. People who groom children use praise, attention and gifts to fill this gap. Build on the child’s strengths in any plan.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'ep_learning_disability',
      category: 'emotional_physical',
      weight: 'vulnerability',
      wording: 'The child has a learning disability, autism or other additional needs that others can take advantage of',
      guidance:
        'Ask how the child understands relationships, money and safety, and adapt your questions to their communication needs. Children with additional needs may not recognise grooming and may be targeted because others expect them not to be believed. Involve the adults who know the child’s communication best.',
      tags: ['cse', 'cce'],
      source: 'sts_toolkit',
    },
    {
      code: 'ep_isolated',
      category: 'emotional_physical',
      weight: 'vulnerability',
      wording: 'The child is isolated from friends of their own age',
      guidance:
        'Ask who the child spends time with and whether they have lost touch with old friends. Isolation may be a background need, or a sign that someone is cutting the child off from others. Record any new, older group that has replaced the child’s friends.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'ep_change_in_behaviour',
      category: 'emotional_physical',
      weight: 'moderate',
      wording: 'The child’s behaviour, mood or appearance has changed suddenly',
      guidance:
        'Ask those who know the child when the change started and what else changed at the same time, such as new friends, phones or money. Sudden withdrawal, anger or secrecy can follow grooming or abuse. Record the change with dates so that patterns show over time.',
      tags: ['cse', 'cce'],
      source: 'domain',
    },
    {
      code: 'ep_eating_problems',
      category: 'emotional_physical',
      weight: 'moderate',
      wording: 'The child has problems with eating, or has noticeably lost or gained weight',
      guidance:
        'Ask how the child is eating and sleeping and what has been happening around the time the change began. Eating problems can be a response to abuse or distress. Involve the GP or school nurse.',
      tags: ['cse'],
      source: 'domain',
    },
    {
      code: 'ep_injuries_assault',
      category: 'emotional_physical',
      weight: 'significant',
      wording: 'The child has unexplained injuries, or injuries from assaults that may be linked to the people exploiting them',
      guidance:
        'Ask how each injury happened, who was there and whether the child has been threatened or punished by anyone. Stab wounds, beatings and burns can be punishment for a lost debt or for trying to leave. Treat the child as a victim first, even if they were also involved in violence, and refer to the police and children’s social care.',
      tags: ['cce', 'cse'],
      source: 'london_2021',
    },
    {
      code: 'ep_exhaustion',
      category: 'emotional_physical',
      weight: 'moderate',
      wording: 'The child seems exhausted, hungry or unwell in a way that suggests long hours of work or little care',
      guidance:
        'Ask when the child last slept and ate properly, and what they have been doing. Exhaustion and hunger can mean the child is being made to work long hours or is kept without basic needs. Consider forced labour and trafficking.',
      tags: ['trafficking', 'cce'],
      source: 'htcds',
    },
    {
      code: 'ep_unexplained_surgery',
      category: 'emotional_physical',
      weight: 'significant',
      wording: 'The child has unexplained surgical scars, or has had medical procedures abroad they cannot explain',
      guidance:
        'Ask where and why the procedure took place and who arranged and paid for it. Removal of organs is one of the purposes of trafficking. Seek medical assessment and refer to the police and children’s social care.',
      tags: ['trafficking'],
      source: 'nrm_guidance',
    },

    // G: gangs, older age groups and crime.
    {
      code: 'go_older_partner',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'The child has a "boyfriend" or "girlfriend" who is an adult or much older than them',
      guidance:
        'Ask who the person is, their age, how the child met them and whether they give the child gifts, money, substances or lifts. Record the age gap and any power imbalance: describing the person as a partner can hide an exploitative relationship. Ask the police to consider a Child Abduction Warning Notice.',
      tags: ['cse'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'go_older_friends',
      category: 'gangs_older_crime',
      weight: 'moderate',
      wording: 'Older young people or adults have befriended the child and spend time with them',
      guidance:
        'Ask who these people are, how old they are, where the child meets them and what they do together. Friendship from older people is often the first stage of grooming. Record names, nicknames, vehicles and places.',
      tags: ['cse', 'cce'],
      source: 'domain',
    },
    {
      code: 'go_peers_exploited',
      category: 'gangs_older_crime',
      weight: 'moderate',
      wording: 'The child’s friends or peer group are being exploited, or are linked to gangs',
      guidance:
        'Ask who the child’s friends are and whether any of them have been hurt, gone missing or been given money or phones. Children are often drawn in through peers who are themselves being exploited. Consider a peer group assessment and share the pattern with the MACE.',
      tags: ['cse', 'cce'],
      source: 'contextual_safeguarding',
    },
    {
      code: 'go_unknown_adults_collect',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'Unknown adults collect the child from home, school, their placement or appointments, often in cars or taxis',
      guidance:
        'Ask who the adults are and where they take the child, and record vehicle registrations, descriptions and times. Being picked up by adults no one knows is a common way children are taken to places where they are abused. Share the details with the police.',
      tags: ['cse', 'cce'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'go_taken_to_parties',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'Adults take the child to parties, flats, hotels or other places where adults gather',
      guidance:
        'Ask where the child goes, who takes them, who else is there and whether alcohol or drugs are given. Parties and flats are often used to introduce children to several abusers. Record the location so that it can be assessed and disrupted as a place of concern.',
      tags: ['cse'],
      source: 'contextual_safeguarding',
    },
    {
      code: 'go_threats_violence',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'The child or their family has been threatened with violence by people linked to exploitation',
      guidance:
        'Ask who made the threats, what was said, and whether anyone has been hurt. Threats are a way of controlling children and keeping them silent. Make a safety plan with the child and family and tell the police.',
      tags: ['cse', 'cce'],
      source: 'htcds',
    },
    {
      code: 'go_arrests',
      category: 'gangs_older_crime',
      weight: 'moderate',
      wording: 'The child has been arrested, or is known to police, for offences that others may have directed (for example drugs, theft, robbery or violence)',
      guidance:
        'Ask who else was involved, who benefited and whether the child was told or pressured to do it. Children who are criminally exploited, most often boys, are frequently treated as offenders rather than victims. Tell the youth justice service and the police that exploitation is suspected.',
      tags: ['cce'],
      source: 'domain',
    },
    {
      code: 'go_carrying_drugs',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'The child is being made to carry, hold or sell drugs for others',
      guidance:
        'Ask who gives the child the drugs, who they hand money to, and what happens if something goes missing. This is child criminal exploitation, and often county lines, whatever the child says about doing it willingly. Screen boys and girls alike, refer to the police and children’s social care, and consider a National Referral Mechanism referral.',
      tags: ['cce', 'county_lines'],
      source: 'london_2021',
    },
    {
      code: 'go_carrying_weapons_money',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'The child is being made to carry or hold weapons or money for others',
      guidance:
        'Ask who gave the item to the child, who it is for and what the child has been told will happen if it is lost. Holding weapons or cash for others puts the child in danger and under the control of the people involved. Refer to the police and children’s social care.',
      tags: ['cce', 'county_lines'],
      source: 'london_2021',
    },
    {
      code: 'go_drug_arrest_out_of_area',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'The child has been arrested for drug offences in an area away from home',
      guidance:
        'Ask how the child came to be there, who took them and where they stayed. An arrest for drugs far from home strongly suggests county lines exploitation, so treat the child as a possible victim of trafficking. Share information between the police forces and councils in both areas and consider a National Referral Mechanism referral.',
      tags: ['cce', 'county_lines', 'trafficking'],
      source: 'london_2021',
    },
    {
      code: 'go_cuckooing',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'Others have taken over the child’s home or their family’s home to deal drugs from (cuckooing)',
      guidance:
        'Ask who comes to the home, who has keys and whether the family feels able to make them leave. Taking over a home puts everyone in it at risk and usually involves threats. Tell the police and the landlord or housing provider, and check the safety of every child in the household.',
      tags: ['cce', 'county_lines'],
      source: 'london_2021',
    },
    {
      code: 'go_internal_concealment',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'Drugs have been hidden inside the child’s body by others, or at their direction',
      guidance:
        'Treat this as a medical emergency as well as abuse: packages can burst and kill. Ask who told the child to do this and where they were sent; exploiters may call it "plugging", but record it as internal concealment forced on the child. Refer to the police and children’s social care and consider a National Referral Mechanism referral.',
      tags: ['cce', 'county_lines'],
      source: 'childrens_society_language',
    },
    {
      code: 'go_forced_theft_begging',
      category: 'gangs_older_crime',
      weight: 'significant',
      wording: 'The child is being made to steal, beg or commit other crimes for the benefit of others',
      guidance:
        'Ask who tells the child what to do, who keeps the money or goods, and what happens if they refuse. Forced criminality and forced begging are forms of trafficking. Treat the child as a victim and make a National Referral Mechanism referral.',
      tags: ['cce', 'trafficking'],
      source: 'htcds',
    },

    // U: use of technology and sexual bullying.
    {
      code: 'te_adults_contact_online',
      category: 'technology',
      weight: 'moderate',
      wording: 'Adults or much older young people are contacting the child online, through apps, games or by phone',
      guidance:
        'Ask which apps and games the child uses, who contacts them, how old those people are and what they ask for. The adult is responsible for the contact, not the child, and online contact is often the start of grooming. Record usernames and platforms so that they can be reported.',
      tags: ['cse', 'online'],
      source: 'language_alternatives',
      sexualHealthPrompt: true,
    },
    {
      code: 'te_sexual_images',
      category: 'technology',
      weight: 'significant',
      wording: 'Adults have obtained, or asked the child for, sexual images or videos of the child',
      guidance:
        'Ask who asked for the images, how old they are, how the child knows them and whether images have been shared further. These images are child sexual abuse material and the adult has committed an offence. Do not view or copy the images yourself; refer to the police and help the child use reporting services to have them removed.',
      tags: ['cse', 'online'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'te_sextortion',
      category: 'technology',
      weight: 'significant',
      wording: 'Someone is threatening to share sexual images of the child unless they pay money or send more images',
      guidance:
        'Ask what has been demanded, by whom and by when, and reassure the child that they are not in trouble. Tell the child not to pay or send anything more, keep the messages as evidence without forwarding images, and refer to the police urgently. This kind of blackmail causes intense fear, so check the child’s safety and risk of self-harm today.',
      tags: ['cse', 'online'],
      source: 'domain',
    },
    {
      code: 'te_live_streaming',
      category: 'technology',
      weight: 'significant',
      wording: 'The child has been made to take part in sexual activity over live stream or video call',
      guidance:
        'Ask which platform was used, who was watching or directing and whether the child was paid or promised anything. Live-streamed abuse may be organised for profit and can involve viewers anywhere in the world. Refer to the police and children’s social care.',
      tags: ['cse', 'online'],
      source: 'htcds',
    },
    {
      code: 'te_meeting_online_contacts',
      category: 'technology',
      weight: 'significant',
      wording: 'Adults the child first met online have arranged to meet them in person',
      guidance:
        'Ask who the person is, how old they are, where they met and what happened. Moving from online contact to meeting is a serious step in grooming. Record the details and refer to the police.',
      tags: ['cse', 'online'],
      source: 'language_alternatives',
    },
    {
      code: 'te_several_phones',
      category: 'technology',
      weight: 'moderate',
      wording: 'The child has several phones or SIM cards, or a new phone that no one can account for',
      guidance:
        'Ask who gave the child the phones, who pays for them and who calls on each one. A separate phone is often used by exploiters to contact a child in secret or to run a drug line. Record numbers where the child agrees, as they may link to other children.',
      tags: ['cce', 'cse', 'online'],
      source: 'domain',
    },
    {
      code: 'te_worrying_calls',
      category: 'technology',
      weight: 'moderate',
      wording: 'The child receives many calls or messages from unknown or older people, and seems anxious or leaves straight after',
      guidance:
        'Ask who is calling, what they want and what happens if the child does not answer. Constant calls can be a way of keeping control of a child and directing where they go. Record times and patterns, and whether the calls come late at night.',
      tags: ['cse', 'cce', 'online'],
      source: 'seraf',
    },
    {
      code: 'te_online_bullying',
      category: 'technology',
      weight: 'moderate',
      wording: 'The child is being bullied or sexually harassed online or at school, including images being passed around',
      guidance:
        'Ask what is being said or shared, by whom and on which platforms. Sexual bullying can isolate a child and be used to pressure them into more harm. Work with the school, and report images of a child to the police.',
      tags: ['online', 'cse'],
      source: 'domain',
    },
    {
      code: 'te_online_offers',
      category: 'technology',
      weight: 'moderate',
      wording: 'People are using social media or apps to offer the child "work", money, drugs or a place to stay',
      guidance:
        'Ask what was offered, by whom, on which app, and what the child was asked to do in return. Offers of easy money or a place to stay are a common way children are drawn into criminal or sexual exploitation. Record account names and report them to the police.',
      tags: ['online', 'cce', 'cse'],
      source: 'htcds',
    },
    {
      code: 'te_location_tracked',
      category: 'technology',
      weight: 'moderate',
      wording: 'Others are tracking the child’s location through their phone or demand that the child answers them at once',
      guidance:
        'Ask who can see where the child is, and what happens if they switch off location sharing or miss a call. Tracking is a way of controlling where a child goes and who they see. Help the child check their phone settings safely and record who is tracking them.',
      tags: ['online', 'cce', 'cse'],
      source: 'htcds',
    },

    // A: alcohol and drug misuse.
    {
      code: 'ad_drug_use',
      category: 'alcohol_drugs',
      weight: 'moderate',
      wording: 'The child is using drugs',
      guidance:
        'Ask what the child uses, how often, who supplies it and how they pay for it. Drugs are used to groom and control children and to create debts. Offer specialist young people’s substance support alongside the safeguarding response.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'ad_alcohol',
      category: 'alcohol_drugs',
      weight: 'moderate',
      wording: 'The child is drinking alcohol in a way that worries the people around them',
      guidance:
        'Ask where the child drinks, who with, and who buys or gives them the alcohol. Alcohol lowers a child’s ability to keep themselves safe and is often given to make abuse easier. Record where and with whom the child was drinking.',
      tags: ['cse', 'cce'],
      source: 'seraf',
    },
    {
      code: 'ad_substances_given',
      category: 'alcohol_drugs',
      weight: 'significant',
      wording: 'Adults or older young people are giving the child alcohol or drugs',
      guidance:
        'Ask who gives the child alcohol or drugs, where, and what is expected afterwards. Giving substances is a grooming tactic that builds dependence and debt. Record names and locations and share them with the police.',
      tags: ['cse', 'cce'],
      source: 'domain',
    },
    {
      code: 'ad_substances_with_sex',
      category: 'alcohol_drugs',
      weight: 'significant',
      wording: 'The child was given alcohol or drugs before or during sexual contact, or was too intoxicated to know what happened',
      guidance:
        'Ask who provided the alcohol or drugs, who was there and what the child remembers. A child who is intoxicated cannot consent, and substances are used deliberately to abuse children. Consider emergency contraception, STI care and a referral to the police and children’s social care.',
      tags: ['cse'],
      source: 'spotting_the_signs',
      sexualHealthPrompt: true,
    },
    {
      code: 'ad_intoxication_hospital',
      category: 'alcohol_drugs',
      weight: 'moderate',
      wording: 'The child has come to the emergency department, or been found, intoxicated, overdosed or unconscious',
      guidance:
        'Ask who the child was with, where they were found, who brought them in and who supplied the substances. An intoxicated child is at high risk of sexual assault and other harm. Share the attendance with the child’s GP, school nurse and social worker.',
      tags: ['cse', 'cce'],
      source: 'domain',
    },
    {
      code: 'ad_supply_controlled',
      category: 'alcohol_drugs',
      weight: 'significant',
      wording: 'The child depends on drugs or alcohol that others supply and control',
      guidance:
        'Ask who supplies the child, what happens when they cannot pay and what they are asked to do instead. Controlling a child’s supply of drugs is a method of keeping them compliant. Arrange urgent substance support and consider criminal and sexual exploitation.',
      tags: ['cse', 'cce'],
      source: 'htcds',
    },

    // R: receipt of unexplained gifts or money, debts and financial exploitation.
    {
      code: 'rg_sex_exchange',
      category: 'receipt_gifts_money',
      weight: 'significant',
      wording: 'Sexual activity is being exchanged for money, drugs, gifts, accommodation or status, for the child or for someone else',
      guidance:
        'Ask what the child has been given or promised, by whom, and who else benefits. This is child sexual exploitation whatever the child says about it, and the adults are committing offences. Refer to the police and children’s social care now.',
      tags: ['cse'],
      source: 'kent_medway',
      sexualHealthPrompt: true,
    },
    {
      code: 'rg_unexplained_gifts',
      category: 'receipt_gifts_money',
      weight: 'moderate',
      wording: 'The child has new phones, clothes, trainers, jewellery or other items that no one can account for',
      guidance:
        'Ask who gave the child each item and what, if anything, they were asked to do in return. Gifts are used to build trust and then create a sense of owing. Record the items and when they appeared.',
      tags: ['cse', 'cce'],
      source: 'domain',
      sexualHealthPrompt: true,
    },
    {
      code: 'rg_unexplained_money',
      category: 'receipt_gifts_money',
      weight: 'moderate',
      wording: 'The child has cash, phone top-ups, taxi rides or travel tickets that no one can account for',
      guidance:
        'Ask where the money or travel came from and who pays for taxis and top-ups. Paid travel and credit let others move and reach the child. Record amounts, taxi firms and routes where known.',
      tags: ['cse', 'cce'],
      source: 'domain',
    },
    {
      code: 'rg_accommodation_offered',
      category: 'receipt_gifts_money',
      weight: 'moderate',
      wording: 'Adults are offering the child a place to stay, food, or somewhere to spend time with free alcohol or drugs',
      guidance:
        'Ask where the place is, who provides it and what is expected of the child there. Free shelter and hospitality are often followed by demands for sex or for criminal tasks. Record the address and tell the police.',
      tags: ['cse', 'cce'],
      source: 'kent_medway',
    },
    {
      code: 'rg_status_rewards',
      category: 'receipt_gifts_money',
      weight: 'moderate',
      wording: 'An older group is offering the child status, protection or a sense of belonging in return for doing things for them',
      guidance:
        'Ask what the group gives the child, what they ask of the child and what would happen if the child stopped. Belonging and protection are powerful rewards for a child who feels unsafe or left out. Look for ways to meet the same needs safely.',
      tags: ['cce', 'cse'],
      source: 'london_2021',
    },
    {
      code: 'rg_debt_bondage',
      category: 'receipt_gifts_money',
      weight: 'significant',
      wording: 'The child is being told they owe a debt to others and must work it off, for example after drugs or money were lost or taken',
      guidance:
        'Ask who says the child owes money, how the debt arose and what the child has been told to do to repay it. Debts are often set up on purpose, for example by staging a robbery, so that the child can be controlled. This is a recognised method of trafficking: refer to the police and children’s social care and make a National Referral Mechanism referral.',
      tags: ['cce', 'county_lines', 'trafficking'],
      source: 'htcds',
    },
    {
      code: 'rg_bank_account_used',
      category: 'receipt_gifts_money',
      weight: 'significant',
      wording: 'Others are using the child’s bank account or card to move money, or have asked for the child’s bank details',
      guidance:
        'Ask who asked for the account, what they offered and whether the child still has control of it. This is financial exploitation (sometimes called "money muling") and can leave the child facing criminal charges and a blocked bank account. Tell the bank and the police, and treat the child as a victim.',
      tags: ['cce'],
      source: 'childrens_society_language',
    },
    {
      code: 'rg_unpaid_work',
      category: 'receipt_gifts_money',
      weight: 'significant',
      wording: 'The child is made to work for others unpaid or for very little pay, or their earnings are taken from them',
      guidance:
        'Ask where the child works, how many hours, who keeps the money and whether they can leave. Forced labour, for example in car washes, nail bars, takeaways or cannabis farms, is a form of trafficking. Refer to the police and children’s social care and make a National Referral Mechanism referral.',
      tags: ['trafficking', 'cce'],
      source: 'htcds',
    },

    // D: distrust of authority figures (often a trauma response, never a reason to close the case).
    {
      code: 'da_not_disclosing',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child is not able to talk about what is happening to them, or denies concerns that others can see',
      guidance:
        'Children rarely tell anyone directly: fright, shame, threats, loyalty to the people harming them, or not seeing it as abuse all keep them silent. Freeze and forget are trauma responses too, so silence or a patchy account does not mean nothing is happening. Keep offering a trusted adult, ask open questions about who the child spends time with, and record what you observe as well as what the child says.',
      tags: ['cse', 'cce'],
      source: 'domain',
      traumaResponse: true,
    },
    {
      code: 'da_disclosure_withdrawn',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child told someone about abuse and then took it back or changed what they said',
      guidance:
        'A child may take back what they said because of threats to them or their family, fright about what will happen next, or pressure from the people exploiting them. Freeze, flight from the conversation and forget (gaps in memory) are ways of coping with trauma, so withdrawal is itself a warning sign. Record the first account in the child’s own words, tell the safeguarding lead, and ask the child what made it hard to keep talking.',
      tags: ['cse', 'cce'],
      source: 'seraf',
      traumaResponse: true,
    },
    {
      code: 'da_hostile',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child is angry, hostile or aggressive towards professionals, police or carers',
      guidance:
        'Anger can be a fight response to trauma, or fright that talking will bring harm, and some children have been told that professionals will make things worse. Notice freeze (going silent) and flight (walking out) as well, which are the same fear in another form. Stay calm and consistent, ask what would make it feel safer to talk, and do not close the case because the child is hostile.',
      tags: ['cse', 'cce'],
      source: 'domain',
      traumaResponse: true,
    },
    {
      code: 'da_not_engaging',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child does not take up offers of help, misses appointments or stops seeing workers',
      guidance:
        'Avoiding services is often a trauma response: flight from anyone who asks questions, freeze when pressed, or fright that the people controlling the child will find out. Keep offering contact at times and places that suit the child, keep one consistent worker where possible, and find out whether someone is stopping the child from attending. A child who does not engage is a reason to keep the case open, not to close it.',
      tags: ['cse', 'cce'],
      source: 'seraf',
      traumaResponse: true,
    },
    {
      code: 'da_inconsistent_accounts',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child’s accounts of events change or do not fit together',
      guidance:
        'Changing or confused accounts are common after trauma: forget (memory gaps), freeze and fright all affect what a child can recall and say, and exploiters may have told the child what to say. Do not treat inconsistency as lying or as a reason to stop. Record each account with the date and the child’s own words, and ask open questions without pressing for detail the child cannot give.',
      tags: ['cse', 'cce'],
      source: 'domain',
      traumaResponse: true,
    },
    {
      code: 'da_controlled_return',
      category: 'distrust_authority',
      weight: 'significant',
      wording: 'The people exploiting the child keep drawing them back, and the child does not resist or try to get away',
      guidance:
        'This shows control, not consent: children go back because of threats, debts, dependency on drugs, a belief that they are loved, or fear for their family. Not resisting is a trauma response, where fright and freeze take over because fight or flight feel impossible. Ask what happens if the child does not go and what they are afraid of, and ask the police to consider a Child Abduction Warning Notice and disruption of the adults involved.',
      tags: ['cse', 'cce'],
      source: 'complex_safeguarding_wales',
      traumaResponse: true,
    },
    {
      code: 'da_protects_abusers',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child defends, protects or speaks warmly of the people who are harming them',
      guidance:
        'Grooming builds loyalty, love or gratitude, so the child may not see what is happening as abuse and may protect the people involved. Fright of losing the relationship, freeze when asked about it and forget (blocking out painful events) are trauma responses that keep this bond in place. Ask about the person gently without criticising them, and record who they are, their age and any gifts or control.',
      tags: ['cse', 'cce'],
      source: 'domain',
      traumaResponse: true,
    },
    {
      code: 'da_fear_of_authorities',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'Others have told the child that police, social workers or immigration officers will punish, arrest or deport them',
      guidance:
        'Ask what the child has been told about the police and other services, and by whom. Threatening a child with the authorities is a method of control used to stop them seeking help. Explain clearly what will happen next and that the child is seen as a victim.',
      tags: ['trafficking', 'cce', 'cse'],
      source: 'htcds',
    },
    {
      code: 'da_documents_held',
      category: 'distrust_authority',
      weight: 'significant',
      wording: 'Someone else holds the child’s passport, identity documents or bank cards and will not give them back',
      guidance:
        'Ask who has the documents, why, and whether the child can get them back when they want. Holding a child’s documents is a method of control used in trafficking. Refer to the police and children’s social care and make a National Referral Mechanism referral.',
      tags: ['trafficking'],
      source: 'htcds',
    },
    {
      code: 'da_coached_account',
      category: 'distrust_authority',
      weight: 'moderate',
      wording: 'The child gives a rehearsed account that matches others’ word for word, or an adult speaks for the child',
      guidance:
        'See the child alone, with an independent interpreter if needed, and ask open questions about their journey, where they live and who looks after them. A scripted story or an adult who will not let the child speak can mean others are controlling what the child says. Record who accompanied the child and consider trafficking.',
      tags: ['trafficking', 'cse', 'cce'],
      source: 'nrm_guidance',
    },
  ],
};
