import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Probe 24: wording of the kind published case reviews and inquiries quote, by family (lexicon-probe24.ts and the
// entries it extends), each with its inflections and close variants, and hard negatives that share its words: an
// adult's own choice, criticism of the wording, child-centred rewordings, other people and ordinary senses. The
// reference checker must agree with the fast path on every sentence (languageIds checks it).

describe('probe 24: informed choices about relationships, there through choice', () => {
  it.each([
    ['Police felt she was making informed choices about her relationships with the taxi drivers.'],
    ['At 15 she is able to make her own choices about her relationships.'],
    ['She makes her own decisions about who she sees, according to the MASH note.'],
    ['Sgt log: 14yo female located in vehicle with 3 adult males, appears to be there through choice.'],
    ['She is at risk due to her own behaviours and choices.'],
    ['At 17 she can make her own choices and we cannot stop her seeing him.'],
  ])('%s', (text) => {
    found(text, 'own_choices_about_relationships_probe24');
  });

  it.each([
    ['PSHE sessions help her to make informed choices about relationships.'],
    ['We will support her to make her own decisions about relationships as she gets older.'],
    ['Mum is making her own choices about her relationship with dad.'],
    ['The adults made choices about who they targeted.'],
    ['She was there by choice of her foster carer, who booked the trip.'],
    ['She can make her own choices and we cannot stop her going to college.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'own_choices_about_relationships_probe24');
  });
});

describe('probe 24: the age of consent as the answer', () => {
  it.each([
    ['She is now 16 and can consent, so no further action.'],
    ['Known CSE victim but consenting.'],
    ['Police: she was conscenting and is known to the males.'],
  ])('%s', (text) => {
    found(text, 'age_of_consent_probe24');
  });

  it.each([
    ['Being over the age of consent does not mean she cannot be exploited.'],
    ['She is 16 and can still be exploited by the men at the flat.'],
    ['She is a victim of exploitation and the men face charges.'],
    ['The consent form was signed by mum.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'age_of_consent_probe24');
  });
});

describe('probe 24: a lifestyle adopted or enjoyed', () => {
  it.each([
    ['She has adopted a lifestyle of drinking and staying out with older men.'],
    ['She appears to be enjoying her lifestyle and shows no insight.'],
    ['He has adopted the lifestyle of the olders he runs for.'],
  ])('%s', (text) => {
    found(text, 'adopted_lifestyle_probe24');
  });

  it.each([
    ['She has adopted a healthy lifestyle since joining the swimming club.'],
    ['Dad enjoys his lifestyle and does not want to change.'],
    ['The men enjoy the lifestyle that the money buys them.'],
    ['She is enjoying her new school and has made friends.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'adopted_lifestyle_probe24');
  });
});

describe('probe 24: introducing other children to the adults', () => {
  it.each([
    ['She introduced her friends to the men.'],
    ['Jess has been introducing younger girls to the older males at the flat.'],
    ['He introduced other boys to the olders.'],
  ])('%s', (text) => {
    found(text, 'recruits_others_round24'); // the round-24 entry covers the family
  });

  it.each([
    ['The men were introducing younger girls to other men at the parties.'],
    ['She was made to introduce her friends to the men, which is part of her exploitation.'],
    ['She introduced her friends to her youth worker.'],
    ['The teacher introduced the younger children to the visiting author.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'recruits_others_round24');
  });
});

describe('probe 24: liking the gifts and attention', () => {
  it.each([
    ['She seems to like the gifts and the money the men give her.'],
    ['She is flattered by the attention of the men.'],
    ['She is receiving gifts from men and seems to enjoy it.'],
    ['He likes the money the olders give him.'],
  ])('%s', (text) => {
    found(text, 'enjoys_gifts_attention_probe24');
  });

  it.each([
    ['She liked the presents her foster carers gave her at Christmas.'],
    ['The men seemed to enjoy the power they had over her.'],
    ['She seems to enjoy school and likes her teachers.'],
    ['Mum likes the money her partner gives her.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'enjoys_gifts_attention_probe24');
  });
});

describe('probe 24: risky sexual behaviour, exposing herself to CSE', () => {
  it.each([
    ['She engages in risky sexual behaviour.'],
    ['She exposes herself to CSE by hanging around the takeaway.'],
    ['She is sexualised in her behaviour towards men.'],
    ['Concern about her inappropriate sexual behaviour with the taxi drivers.'],
  ])('%s', (text) => {
    found(text, 'risky_sexual_behaviour_probe24');
  });

  it.each([
    ["The men's risky sexual behaviour is under investigation."],
    ['The man exposed himself to her in the park.'],
    ['Mum has a history of risky sexual behaviour.'],
    ['The clinic runs sessions on risky sexual behaviour for adults.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'risky_sexual_behaviour_probe24');
  });
});

describe('probe 24: in love with the adult', () => {
  it.each([['She is in love with the older man and does not want to leave him.'], ['She says she fell in love with a 25 year old she met online.']])(
    '%s',
    (text) => {
      found(text, 'in_love_adult_round24'); // the round-24 entry covers the family
    },
  );

  it.each([['Mum is in love with her new partner.'], ['She is in love with a boy in her class.'], ['The man told her he was in love with her.']])(
    'not flagged: %s',
    (text) => {
      notFound(text, 'in_love_adult_round24');
    },
  );
});

describe('probe 24: not a good witness', () => {
  it.each([['She would not make a good witness.'], ['The DC noted she will not make a credible witness.']])('%s', (text) => {
    found(text, 'not_a_good_witness_probe24');
  });

  it.each([['The neighbour was an unreliable witness.'], ['Special measures will help her be a good witness in court.']])('not flagged: %s', (text) => {
    notFound(text, 'not_a_good_witness_probe24');
  });
});

describe('probe 24: free to leave (NRM and trafficking decisions)', () => {
  it.each([
    ['NRM: negative reasonable grounds as he was not under control of others and was free to leave.'],
    ['Decision: she was able to leave at any time and chose to return to the men, so she is not a victim of trafficking.'],
    ['He was free to go whenever he wanted, so the line was not exploitation.'],
  ])('%s', (text) => {
    found(text, 'free_to_leave_probe24');
  });

  it.each([
    ['He was released after interview and was free to leave.'],
    ['She is free to leave the placement when she turns 18.'],
    ['Mum was free to leave the refuge at any time.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'free_to_leave_probe24');
  });
});

describe('probe 24: naive and silly', () => {
  it.each([['She is naive and silly, getting into cars with strangers.'], ['He is silly and naive and does what the olders say.']])('%s', (text) => {
    found(text, 'naive_silly_probe24');
  });

  it.each([['Mum is naive and silly about money.'], ['It was a silly and naive question, he admitted.']])('not flagged: %s', (text) => {
    notFound(text, 'naive_silly_probe24');
  });
});

describe('probe 24: dealing drugs for the adults, an established dealer', () => {
  it.each([
    ['Marcus is dealing drugs for older males and was found with 20 wraps.'],
    ['YOT assessment: Tyrese is an established drug dealer within the local area.'],
    ['He sells cannabis on behalf of the older lads.'],
  ])('%s', (text) => {
    found(text, 'dealing_for_adults_probe24');
  });

  it.each([
    ['He is being forced to sell drugs for older males.'],
    ['The men are dealing drugs for the older males who run the line.'],
    ['Dad is an established drug dealer in the town.'],
    ['He was exploited into selling cannabis for the olders.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'dealing_for_adults_probe24');
  });
});

describe('probe 24: paying off a debt to exploiters', () => {
  it.each([
    ['He was told he owed money because he lost the drugs; he needs to pay his debt.'],
    ['She has to pay back her debt to the dealers.'],
    ['He is working off his drug debt on the line.'],
  ])('%s', (text) => {
    found(text, 'pay_his_debt_probe24');
  });

  it.each([
    ['Mum needs to pay her debt to the council for rent arrears.'],
    ['He is saving to pay his debt to his brother for the phone.'],
    ['The dealers invented a debt to control him.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'pay_his_debt_probe24');
  });
});

describe('probe 24: misspelt boyfriend with an adult age', () => {
  it.each([['She has a boyfreind aged 26.'], ['Her boyfrend is 31 and has a car.']])('%s', (text) => {
    found(text, 'boyfriend_typo_probe24');
  });

  it.each([['Her boyfreind is 15 and in her year.'], ["Mum's boyfreind is 40."]])('not flagged: %s', (text) => {
    notFound(text, 'boyfriend_typo_probe24');
  });
});

describe('probe 24: images of herself as her act', () => {
  it.each([['She was taking indecent photos of herself and sharing them.'], ['He made explicit videos of himself for a man online.']])('%s', (text) => {
    found(text, 'self_images_probe24');
  });

  it.each([
    ['She was pressured into taking indecent photos of herself by a man online.'],
    ['The man made her take nude pictures of herself.'],
    ['She took photos of herself at the beach with her friends.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'self_images_probe24');
  });
});

describe('probe 24: a writer who criticises, forbids, apologises for, replaces or counts the wording', () => {
  it.each([
    ['Professionals at the time saw her as streetwise, which the review says hid how vulnerable she was.'],
    ['The inquiry noted that children were labelled as troublemakers rather than seen as victims.'],
    ['Calling a 12-year-old sexually active obscured that she was being raped, the review concluded.'],
    ['Officers should not record that a child is wasting police time when they go missing.'],
    ['The partnership accepts that describing her as "putting herself at risk" was wrong.'],
    ['Training covered why terms such as child prostitute and promiscuous must not be used.'],
    ['The new guidance replaces "boyfriend" with "adult male" where the man is over 18.'],
    ['The sergeant has since apologised for describing her as manipulative in the log.'],
    ["The auditor counted 14 records that called the children's absences a lifestyle choice."],
    ['The defendant claimed the girl was a willing participant; the jury rejected this.'],
    ['The men told police the girls were prostitutes, which the court rejected.'],
  ])('not flagged: %s', (text) => {
    none(text);
  });

  // The same wording used, not criticised, and the child's own act of hiding.
  it.each([
    ['She is streetwise and hid how scared she was from staff.', 'streetwise'],
    ['Police log: she is a willing participant and the court bail was refused.', 'consented'],
    ['She is putting herself at risk by going to the flat, and she counted the money the men gave her.', 'putting_self_at_risk'],
    ['He is a troublemaker rather than a child who needs help.', 'troublemaker'],
  ])('%s', (text, id) => {
    found(text, id);
  });
});

describe('probe 24: an adult, a service or staff as the subject', () => {
  it.each([
    ['The manager is not engaging with the audit and has been reminded of the deadline.', 'refuses_to_engage'],
    ['The landlord has not engaged with the council about the repairs.', 'refuses_to_engage'],
    ['The costs are spiralling out of control.', 'out_of_control'],
    ['The football coach said he is a willing participant in training and works hard.', 'consented'],
    ['The football coach said he is a willing participant in training and works hard.', 'willing'],
    ['The adult woman has a boyfriend aged 40.', 'boyfriend_adult'],
    ['She was groomed into believing the 25 year old was her boyfriend.', 'boyfriend_adult'],
    ["Dad's lifestyle choices include drinking heavily at weekends.", 'lifestyle_choice'],
    ['Mum made a lifestyle choice to move to the countryside.', 'lifestyle_choice'],
    ['The staff member put herself at risk by stepping between the two boys and was commended.', 'putting_self_at_risk'],
    ['The worker put herself in a risky situation by visiting alone, and the policy was reviewed.', 'gets_self_into'],
    ['The officer placed himself at risk to rescue the child from the river.', 'putting_self_at_risk'],
    ['She said she felt she had brought it on herself, and staff told her it was not her fault.', 'brought_on_self'],
    ['She said she felt she had brought it on herself, and staff told her it was not her fault.', 'invited_trouble'],
    ['The gang recruited younger children to sell drugs.', 'grooming_others'],
    ['The gang recruited younger children to sell drugs.', 'recruited'],
    ['He was recruited and exploited by an organised crime group.', 'recruited'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });

  it.each([
    ['She is not engaging with the school nurse.', 'refuses_to_engage'],
    ['Her behaviour is out of control and mum cannot cope.', 'out_of_control'],
    ['She was a willing participant in the sexual activity with the 24 year old.', 'consented'],
    ['Her boyfriend is 25 and picks her up from school.', 'boyfriend_adult'],
    ['It is her lifestyle choice to stay with the men.', 'lifestyle_choice'],
    ['Staff say she put herself at risk by getting into the car.', 'putting_self_at_risk'],
    ['She brought it on herself by going to the flat.', 'brought_on_self'],
    ['She has been recruiting younger girls for the men.', 'recruits_others_round24'],
    ['He was recruited into the gang at 13.', 'recruited'],
  ])('%s', (text, id) => {
    found(text, id);
  });
});

describe('probe 24: part of the problem', () => {
  it.each([['Jess is bringing younger girls to the parties and is part of the problem.'], ['He is very much part of the problem now.']])('%s', (text) => {
    found(text, 'part_of_the_problem_probe24');
  });

  it.each([
    ["The school's response is part of the problem."],
    ['The men are part of the problem and the police know them.'],
    ['Her drinking is part of the problem, and the adults supply it.'],
    ['She is not part of the problem; the adults are.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'part_of_the_problem_probe24');
  });
});

describe('probe 24: criminally sophisticated, found cuckooing', () => {
  it.each([
    ['He presents as criminally sophisticated for a 14 year old.'],
    ['YOT: Kai is a hardened offender at 15.'],
    ['He was found cuckooing in a vulnerable adult’s flat.'],
  ])('%s', (text) => {
    found(text, 'criminally_sophisticated_probe24');
  });

  it.each([
    ['The network is criminally sophisticated and moves children between towns.'],
    ['The men were cuckooing the flat of a vulnerable adult.'],
    ['Dad is a hardened offender with a long record.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'criminally_sophisticated_probe24');
  });
});

describe('probe 24: happy to go with them', () => {
  it.each([
    ['She was happy to go back to the flat with them.'],
    ['He seemed keen to get in the car with the older males.'],
    ['She is eager to return to the address with the men.'],
  ])('%s', (text) => {
    found(text, 'happy_to_go_probe24');
  });

  it.each([
    ['She was happy to go back to school on Monday.'],
    ['She was not happy to go with them and was scared.'],
    ['She is happy to go to the cinema with her foster carers.'],
    ['Mum was happy to go with them to the meeting.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'happy_to_go_probe24');
  });
});

describe('probe 24: in agreement to the sex', () => {
  it.each([['She was in agreement to the sex.'], ['Police note she was in agreement with the sexual activity.']])('%s', (text) => {
    found(text, 'agreement_to_sex_probe24');
  });

  it.each([['Staff were in agreement with the plan.'], ['Everyone was in agreement that she was raped.']])('not flagged: %s', (text) => {
    notFound(text, 'agreement_to_sex_probe24');
  });
});

describe('probe 24: a negative influence', () => {
  it.each([['She is a negative influence on her peers.'], ['He is a corrupting influence on the younger residents.']])('%s', (text) => {
    found(text, 'negative_influence_probe24');
  });

  it.each([
    ['The men are a negative influence on her.'],
    ['Social media is a negative influence on her mood.'],
    ["Mum's partner is a toxic influence in the home."],
  ])('not flagged: %s', (text) => {
    notFound(text, 'negative_influence_probe24');
  });
});

describe('probe 24: not considered a victim because of what the child did', () => {
  it.each([
    ['Home Office decision: she was not considered a victim as she was able to leave and chose to return.'],
    ['She was not seen as a victim because she had been drinking.'],
    ['He is not deemed to be a victim since he kept the money.'],
  ])('%s', (text) => {
    found(text, 'not_considered_victim_probe24');
  });

  it.each([['The review criticised that she was not seen as a victim because she had been drinking.'], ['She was treated as a victim because she is 13.']])(
    'not flagged: %s',
    (text) => {
      notFound(text, 'not_considered_victim_probe24');
    },
  );
});

describe('probe 24: a young woman who knows her own mind', () => {
  it.each([['She is a young woman who knows her own mind.'], ['At 14 she knows her own mind and wants to be with the 22 year old.']])('%s', (text) => {
    found(text, 'knows_own_mind_probe24');
  });

  it.each([['Mum knows her own mind.'], ['She knows her own mind about which college course to take.']])('not flagged: %s', (text) => {
    notFound(text, 'knows_own_mind_probe24');
  });
});

describe('probe 24: misspelt prostituting, gifts taken from the men', () => {
  it('prostitueing', () => {
    found('Student social worker: girl is prostitueing herself for vodka.', 'prostitution_typo_probe24');
  });

  it.each([['She takes gifts from older males.'], ['He took money from the men at the flat.']])('%s', (text) => {
    found(text, 'accepted_gifts_probe23');
  });

  it.each([['She takes gifts from her foster carers at Christmas.'], ['The men took money from her.']])('not flagged: %s', (text) => {
    notFound(text, 'accepted_gifts_probe23');
  });
});

describe('probe 24 (second probe): wording retired or named as the adults’ act', () => {
  it.each([
    ['Ofsted noted that staff no longer describe children as absconding.'],
    ['We now record that she was exploited, not that she was sexually active.'],
    ['We do not call children prostitutes; she was sexually exploited.'],
    ['The audit found 22 references to "lifestyle choice" in the files.'],
    ['The defence barrister suggested the girl was promiscuous, which the judge stopped.'],
  ])('not flagged: %s', (text) => {
    none(text);
  });

  it.each([
    ['The landlord is known to police for violence.', 'known_to_police'],
    ['The group leader was manipulative and coercive.', 'manipulative'],
    ['She said the man was attention-seeking and kept messaging her.', 'attention_seeking'],
    ['The gang used him as a runner and threatened him with a knife.', 'runner_label'],
    ['The perpetrators used her as a drug mule.', 'drug_runner'],
    ['The perpetrators used her as a drug mule.', 'mule_label'],
    ['The offender groomed her by posing as a boyfriend.', 'boyfriend_adult'],
    ['The man, 30, described the girl as his girlfriend in police interview; she is 14.', 'boyfriend_adult'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });

  it.each([
    ['She no longer attends school and is known to police.', 'known_to_police'],
    ['She is manipulative and the group leader finds her hard to manage.', 'manipulative'],
    ['She is attention-seeking and the man says she keeps messaging him.', 'attention_seeking'],
    ['The 2010 social care record describes him as her boyfriend even though he was 27 and she was 13.', 'boyfriend_adult'],
    ['Not that she cares: she is a willing participant with the older males.', 'consented'],
  ])('%s', (text, id) => {
    found(text, id);
  });
});

describe('probe 24 (second probe): warnings defied', () => {
  it.each([
    ['She has been told many times not to go there but continues to do so, staff say the men wait for her.'],
    ['She went to meet the man she had been talking to online, having been told not to.'],
    ["She disobeys her carers and goes to the men's flat."],
  ])('%s', (text) => {
    found(text, 'defies_warnings_probe24');
  });

  it.each([
    ['She has been told not to use her phone after 10pm but continues to do so.'],
    ['The men have been told not to contact her but continue to do so.'],
    ['She ignores her carers about homework.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'defies_warnings_probe24');
  });
});

describe('probe 24 (second probe): uses sex, choosing these relationships, happy with her situation', () => {
  it.each([
    ['She uses sex to get what she wants.', 'uses_sex_probe24'],
    ['She uses her body to get money and cigarettes from the men.', 'uses_sex_probe24'],
    ['The case was closed as she is happy with her situation.', 'happy_with_situation_probe24'],
    ['He seems content with the arrangement and the olders look after him.', 'happy_with_situation_probe24'],
  ])('%s', (text, id) => {
    found(text, id);
  });

  it.each([
    ['The men used sex to control her.', 'uses_sex_probe24'],
    ['Sex education uses role play to teach consent.', 'uses_sex_probe24'],
    ['She is happy with her new placement and the case was closed.', 'happy_with_situation_probe24'],
    ['Mum is happy with the arrangement for contact.', 'happy_with_situation_probe24'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });
});

describe('probe 24 (second probe): the wrong path, a member of the line, does not want to know', () => {
  it.each([
    ['He has chosen to go down the wrong path.', 'wrong_path_probe24'],
    ['He decided to go down the gang route.', 'wrong_path_probe24'],
    ['He is a trusted member of the line.', 'member_of_line_probe24'],
    ['She is an active member of the deal line.', 'member_of_line_probe24'],
  ])('%s', (text, id) => {
    found(text, id);
  });

  it.each([
    ['The men chose to go down a criminal path long ago.', 'wrong_path_probe24'],
    ['We took a wrong turning on the road to the house.', 'wrong_path_probe24'],
    ['She is a trusted member of the school council.', 'member_of_line_probe24'],
    ['The man is a senior member of the line.', 'member_of_line_probe24'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });
});

describe('probe 24 (second probe): married to a man, chasing men', () => {
  it.each([
    ['She is married to a man of 26 under Islamic law; she is 15.', 'married_to_adult_probe24'],
    ['She says she is engaged to an older man from Birmingham.', 'married_to_adult_probe24'],
  ])('%s', (text, id) => {
    found(text, id);
  });

  it.each([
    ['Mum is married to a man from Leeds.', 'married_to_adult_probe24'],
    ['She was forced to marry an older man abroad.', 'married_to_adult_probe24'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });
});

describe('probe 24 (third probe): the new families in ordinary wording', () => {
  it.each([
    ['The worker talked with her about making her own decisions about relationships when she is older.', 'own_choices_about_relationships_probe24'],
    ['He was present through choice at the meeting and spoke well.', 'own_choices_about_relationships_probe24'],
    ['She is 16 and can consent to her own medical treatment under Gillick.', 'age_of_consent_probe24'],
    ['She is 17 and can consent to the health assessment.', 'age_of_consent_probe24'],
    ['The man said she was a victim but consenting; officers rejected this.', 'age_of_consent_probe24'],
    ['She enjoys her lifestyle at university.', 'adopted_lifestyle_probe24'],
    ['The sexual health nurse discussed risky sexual behaviour in general terms with the class.', 'risky_sexual_behaviour_probe24'],
    ['She will make a good witness with special measures and an intermediary.', 'not_a_good_witness_probe24'],
    ['The lack of youth provision is part of the problem.', 'part_of_the_problem_probe24'],
    ['She is a young woman of 19 who knows her own mind.', 'knows_own_mind_probe24'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });

  it.each([
    ['She is 16 and can consent, the officer said, so the 30-year-old was not arrested.', 'age_of_consent_probe24'],
    ['He has adopted the lifestyle of the olders and carries cash for them.', 'adopted_lifestyle_probe24'],
    ['She wont make a good witness, the DC wrote.', 'not_a_good_witness_probe24'],
  ])('%s', (text, id) => {
    found(text, id);
  });
});

describe('probe 24 (fourth probe): ordinary wording that shares the new families’ words', () => {
  it.each([
    ['He uses his looks to get modelling work, his agent says; he is 19.', 'uses_sex_probe24'],
    ['The victim was free to leave at any time, the court heard, but the men had her passport.', 'free_to_leave_probe24'],
    ['Screen time is a negative influence on his sleep.', 'negative_influence_probe24'],
    ['He is criminally sophisticated, the judge said of the 45-year-old defendant.', 'criminally_sophisticated_probe24'],
    ['She is a young woman now, 18, and knows her own mind.', 'knows_own_mind_probe24'],
    ['She has been told not to cycle on the main road but continues to do so.', 'defies_warnings_probe24'],
    ['She is happy with her situation at college and has made friends.', 'happy_with_situation_probe24'],
    ['He decided to go down the apprenticeship route.', 'wrong_path_probe24'],
    ['She is a valued member of the netball team.', 'member_of_line_probe24'],
    ['The man is dealing drugs for older males from London.', 'dealing_for_adults_probe24'],
    ['She said the man made her take pictures of herself.', 'self_images_probe24'],
    ['She was in love with the idea of going to university.', 'in_love_adult_round24'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });

  it.each([
    ['He knew he would have to pay his debt to the olders or they would hurt his family, so he kept running.', 'pay_his_debt_probe24'],
    ['She is in love with her abuser and defends him.', 'in_love_adult_round24'],
    ['He is a key member of the Norwich line.', 'member_of_line_probe24'],
  ])('%s', (text, id) => {
    found(text, id);
  });
});

describe('probe 24: gifts from family, enjoying school', () => {
  it.each([
    ['She likes the gifts her mum buys her.', 'enjoys_attention'],
    ['She loves the presents she got for Christmas from her foster carers.', 'enjoys_attention'],
    ['She seems to enjoy it at the new school.', 'consent_idiom'],
    ['She seems to enjoy the attention of her new foster family.', 'consent_idiom'],
    ['She likes the money she earns from her paper round.', 'enjoys_attention'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });

  it.each([
    ['She likes the gifts the men give her.', 'enjoys_gifts_attention_probe24'],
    ['She enjoys the attention and goes off with them.', 'enjoys_attention'],
    ['She seems to enjoy it when they give her vodka.', 'consent_idiom'],
  ])('%s', (text, id) => {
    found(text, id);
  });
});

describe('probe 24 (fifth probe): written off, sly, not taken seriously, been around, living as his partner', () => {
  it.each([
    ['Her allegations are not to be taken seriously given her history.', 'not_taken_seriously_probe24'],
    ["She is effectively living as the man's partner.", 'living_as_partner_probe24'],
    ['At 14 she lives as his wife in the flat above the shop.', 'living_as_partner_probe24'],
  ])('%s', (text, id) => {
    found(text, id);
  });

  it.each([
    ['Staff said the allegation cannot be taken seriously until it is investigated properly, and it was referred.', 'not_taken_seriously_probe24'],
    ['Her allegations must be taken seriously and were referred to the LADO.', 'not_taken_seriously_probe24'],
    ['The threats cannot be taken seriously, the officer said of the prank call.', 'not_taken_seriously_probe24'],
    ['Mum is living as his partner now.', 'living_as_partner_probe24'],
    ['The woman is living as his partner.', 'living_as_partner_probe24'],
  ])('not flagged: %s (%s)', (text, id) => {
    notFound(text, id);
  });
});
