import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { extraQuoteSpans, indexQuotes, scareQuoted } from './quotes.ts';

// Round 3 (issue 4): concept families written as variants, the child's own words in quotation marks, scare quotes,
// and hard negatives. Sentences written for these tests, not taken from the evaluation sets.

const found = (text: string): (readonly [string, boolean])[] => checkLanguage(text).map((f) => [f.category, f.quoted] as const);

describe('new families: flagged', () => {
  it.each([
    ['Some feel she is partly to blame for what happened at the flat.', 'blames_child'],
    ['He only has himself to blame for the arrest in Hastings.', 'blames_child'],
    ['The officer said she should not have gone to the party with the men.', 'blames_child'],
    ['Mum says he should have said no.', 'blames_child'],
    ['She keeps making unsafe choices around the older males.', 'blames_child'],
    ['He plays the victim when staff ask about the missing episodes.', 'blames_child'],
    ['Kiera did not engage with the CSE worker.', 'blames_child'],
    ['Jordan rejected support from the exploitation team.', 'blames_child'],
    ['Ava readily got into the car with the men.', 'implies_consent'],
    ['Police noted she did not resist when the man took her to the hotel.', 'implies_consent'],
    ['The relationship with the 24-year-old appears mutual.', 'implies_consent'],
    ['She opted to stay at the address with the adults.', 'implies_consent'],
    ['He has been holding the deal line for the olders since May.', 'criminalises_child'],
    ['Officers found him bagging up cannabis at the address.', 'criminalises_child'],
    ['A teacher described Reece as a budding criminal.', 'criminalises_child'],
    ['She escaped from the children’s home overnight.', 'criminalises_child'],
    ['Her drug use is normal for a girl her age.', 'minimises_harm'],
    ['He was only missing for a few hours and came back.', 'minimises_harm'],
    ['Dad said it was not a big deal that she went to the flat with the men.', 'minimises_harm'],
    ['Staff call it puppy love, although he is 26.', 'minimises_harm'],
    ['She was described as boy-mad by the foster carer.', 'sexualises'],
    ['She looks 18 when she is made up.', 'sexualises'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });
});

describe('the child’s own words (quoted)', () => {
  it.each([
    ['Tyrone told me "I’m just working, nobody makes me".', 'criminalises_child'],
    ['He said “I sell for them because the money is good”.', 'criminalises_child'],
    ["Asked about the phone, she said 'it's just my job'.", 'criminalises_child'],
    ['Jas said "I joined them last summer".', 'criminalises_child'],
    ['Mia said "I said yes, he didn’t make me".', 'implies_consent'],
    ['Lacey told police "I wasn’t forced, it was mutual".', 'implies_consent'],
    ['He said "I chose to, it was up to me".', 'implies_consent'],
    ['She said "I let him, I wanted to".', 'implies_consent'],
  ])('%s', (text, category) => {
    expect(found(text)).toContainEqual([category, true]);
  });

  it('marks unclosed reported speech, “…“ and guillemets as quoted', () => {
    expect(found('She said "I chose to go with the men')).toEqual([['implies_consent', true]]);
    expect(found('She said “I chose to go with the men“ and left.')).toEqual([['implies_consent', true]]);
    expect(found('She said «I chose to go with the men» and left.')).toEqual([['implies_consent', true]]);
    expect(found('She said she "chose to" go with the men.')).toEqual([['implies_consent', true]]);
    expect(found('She said "I chose to go\nwith the men to the party".')).toEqual([['implies_consent', true]]);
  });

  it('does not let apostrophes open quotes', () => {
    expect(found("The girls' home staff said she chose to go with the men.")).toEqual([['implies_consent', false]]);
    expect(found("Children's services noted she chose to go with the men; she doesn't agree.")).toEqual([['implies_consent', false]]);
    expect(found("He said 'em lads are older and he chose to go with them.")).toEqual([['implies_consent', false]]);
  });

  it('does not treat a stray mark as an unclosed quotation', () => {
    expect(extraQuoteSpans('She is 5\'2" tall and chose to go with the men.')).toEqual([]);
  });

  it('finds scare quotes only around a short stretch', () => {
    const text = 'His "uncle" and her "I was with my cousin at the flat".';
    const spans = indexQuotes(extraQuoteSpans(text));
    const u = text.indexOf('uncle');
    const c = text.indexOf('cousin');
    expect(scareQuoted(spans, u, u + 5)).toBe(true);
    expect(scareQuoted(spans, c, c + 6)).toBe(false);
  });
});

describe('scare quotes', () => {
  it.each([
    ['She was collected by her "boyfriend" from school.', 'adult_centred_label'],
    ['Staff were told he is her "cousin".', 'adult_centred_label'],
    ['The 35-year-old she calls her "friend" gave her a phone.', 'adult_centred_label'],
    ['He does "jobs" for the older boys after school.', 'criminalises_child'],
    ['Their "relationship" began when she was 13.', 'implies_consent'],
  ])('%s', (text, category) => {
    expect(found(text)).toContainEqual([category, true]);
  });
});

describe('hard negatives', () => {
  it.each([
    'She chose a sandwich at lunch.',
    'Her boyfriend, aged 15, is in her year at school.',
    'Consent to share information was obtained from mum.',
    'It was not her fault; the men are responsible for what happened.',
    'Nobody is to blame but the adults who exploited him.',
    'Police should have been informed sooner.',
    'She should have taken her medication this morning.',
    'He is working on his maths with the tutor.',
    'Tom said "I was running late for the bus".',
    'She said "I was with my friends at the park".',
    'He said "I work at my uncle\'s garage on Saturdays".',
    'Ellie said "I wanted to see my mum".',
    'Jake said "I agreed to talk to police".',
    'Mum said "she is a good girl really".',
    'She received bad news about her nan.',
    'He bolted the door and went to bed.',
    'Her height and weight are normal for her age.',
    'This behaviour is not normal for a girl her age and may indicate exploitation.',
    'She was only away for a few hours on the school trip.',
    'She is happy to go to the sexual health clinic with her worker.',
    'The meeting agreed a mutual plan with the police.',
    'He joined the boxing club in March.',
    'Her "friend" from school came to the review.',
    'She said she "loves maths".',
    'The group recruited a tutor for the summer.',
    'She is keen to go back to school.',
  ])('%s', (text) => {
    expect(checkLanguage(text).map((f) => `${f.entryId}: ${f.text}`)).toEqual([]);
  });

  it('finds the same scare quotes through the index as by walking every span, nested spans included', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const spans: [number, number][] = Array.from({ length: 1 + rand(30) }, () => {
        const s0 = rand(200);
        return [s0, s0 + 1 + rand(rand(4) === 0 ? 150 : 12)];
      });
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const q = indexQuotes(spans);
      for (let k = 0; k < 50; k++) {
        const start = rand(220);
        const end = start + 1 + rand(10);
        const walk = spans.some(([qs, qe]) => qs <= start && qe >= end && qe - qs - (end - start) <= 8);
        expect(scareQuoted(q, start, end), JSON.stringify({ spans, start, end })).toBe(walk);
      }
    }
  });
});

// Round 4: a label hung on the child by a framing verb ("described as", "seen as", "dismissed as"), the way reviews
// quote professionals, with no other context cue in the sentence; and a few families the earlier rounds missed.
describe('labels in a framing phrase, and review wording', () => {
  it.each([
    ['She was regarded as a willing participant.', 'implies_consent'],
    ['Staff viewed her as flirtatious.', 'sexualises'],
    ['Professionals described her as mature beyond her years.', 'sexualises'],
    ['He was seen as a young offender.', 'criminalises_child'],
    ['She was treated as an offender.', 'criminalises_child'],
    ['The touching was dismissed as banter.', 'minimises_harm'],
    ['It was seen as her choice.', 'implies_consent'],
    ['It was dismissed as puppy love.', 'minimises_harm'],
    ['She was considered to be willing.', 'implies_consent'],
    ['She made her own choices about the men she saw.', 'implies_consent'],
    ['She appeared to enjoy the attention.', 'implies_consent'],
    ['She was drunk and put herself in that situation.', 'blames_child'],
    ['She is the ringleader who brought the younger girls to the flat.', 'criminalises_child'],
    ['She was hanging around with undesirables.', 'blames_child'],
    ['They saw him as a criminal, not a child.', 'criminalises_child'],
    ['She was seen as the author of her own misfortune.', 'blames_child'],
    ['She was said to have "got what she deserved".', 'blames_child'],
    ['She was seen as unreliable and not credible.', 'blames_child'],
    ['The girls were described as vulnerable but difficult.', 'blames_child'],
    ['She was found to be lying.', 'blames_child'],
    ['She was treated as a runaway.', 'blames_child'],
    ['He is a member of a county lines gang.', 'criminalises_child'],
    ['He was caught gardening at a cannabis factory.', 'criminalises_child'],
    ['He is a cannabis farmer.', 'criminalises_child'],
    ['She sent indecent images of herself.', 'blames_child'],
    ['She uses her looks to get what she wants.', 'sexualises'],
    ['She is a tease.', 'sexualises'],
    ['She was grooming other girls for the men.', 'criminalises_child'],
    ['She is a victim of her own making.', 'blames_child'],
    ['She goes out looking for trouble.', 'blames_child'],
    ['He is a drug addict.', 'blames_child'],
    ['She is a junkie.', 'blames_child'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'The school described her as a willing participant in class discussions.',
    'He was seen as a willing volunteer at the youth club.',
    'She was described as mature and sensible by her teacher.',
    'She is making her own decisions about college.',
    'The man was described as the ringleader of the group.',
    'He was the instigator of the fight in the playground.',
    'Mum described the man as controlling.',
    'She was lying on the sofa when I visited.',
    'He was lying in wait for her outside the school.',
    'The threat was not credible according to police.',
    'The journey was described as difficult.',
    'Mum was described as difficult by staff.',
    'She made an informed choice about contraception with the nurse.',
    'She found the maths exam difficult.',
    'Her mum is an alcoholic.',
    'She goes to Alcoholics Anonymous with her aunt.',
    'The men were all known addicts.',
    'The police found a cannabis farm at the address.',
    'He is a keen gardener at the allotment.',
    'The men were grooming other girls.',
    'She was groomed by older men.',
  ])('%s', (text) => {
    expect(checkLanguage(text).map((f) => `${f.entryId}: ${f.text}`)).toEqual([]);
  });
});

// Round 5: misses and false positives from the tune4 tuning set that generalise (slang for selling drugs, minimising
// a pattern of missing episodes, review wording with a name between the frame verb and "as"). Sentences written for
// these tests, not taken from the evaluation sets.
describe('round 5 families', () => {
  it.each([
    ['Mo has been shotting on the estate since the summer.', 'criminalises_child'],
    ['He told me "I\'m a shotter, it\'s money".', 'criminalises_child'],
    ['Dec has been trapping down in Dorset for weeks.', 'criminalises_child'],
    ['He was grafting for older boys over half term.', 'criminalises_child'],
    ['Callum is a young offender with previous convictions for supplying drugs.', 'criminalises_child'],
    ['Mum thinks she will grow out of it by the summer.', 'minimises_harm'],
    ['He always comes back eventually, so mum did not ring police.', 'minimises_harm'],
    ['The stabbing was logged as a minor incident.', 'minimises_harm'],
    ['The assault in the park was recorded as horseplay.', 'minimises_harm'],
    ['Her lifestyle has been increasingly chaotic since Easter.', 'blames_child'],
    ['She is leaving herself open to abuse by going to the flat.', 'blames_child'],
    ['Staff saw Jodie as making her own choices about the men.', 'implies_consent'],
    ['He has chosen to carry on offending despite warnings.', 'implies_consent'],
    ['The officer noted she was a willing participant and no offence was recorded.', 'implies_consent'],
    ['Her fiancé is 29 and she is 15.', 'adult_centred_label'],
    ['She says her boyfriend is nice and he is only 24.', 'adult_centred_label'],
    ['She has a reputation with the older lads.', 'sexualises'],
    ['A teacher wrote that she dresses like she is 25.', 'sexualises'],
    ['Older records call her a tart.', 'sexualises'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    ['The review heard that officers thought the girls were "consenting".', 'implies_consent'],
    ['A boy in her class said "she\'s easy".', 'sexualises'],
    ['He said “I have to keep grafting or they hurt my mum”.', 'criminalises_child'],
  ])('%s (quoted)', (text, category) => {
    expect(found(text)).toContainEqual([category, true]);
  });

  it.each([
    'He was made to go shotting by the older boys.',
    'She felt trapped in the flat and could not leave.',
    'Grandad is trapping rabbits on the farm.',
    'He has been grafting at college and his grades are up.',
    'His eczema is mild and the GP says he will grow out of it.',
    'She will grow out of those shoes by Christmas.',
    'Dad always comes home from work at six.',
    'She always comes home straight after school.',
    'He has a reputation for being late.',
    'The café has a good reputation in the town.',
    'She said the quiz was easy.',
    'She is easy to talk to and likes her worker.',
    'We had a bakewell tart at the end-of-term party.',
    'Mum said "I consented to the referral".',
    'Her boss at the salon pays her on Saturdays and mum knows him.',
    'Lily agreed to go to the party at the youth club with her friends.',
  ])('%s', (text) => {
    expect(checkLanguage(text).map((f) => `${f.entryId}: ${f.text}`)).toEqual([]);
  });
});

// Round 7 (tune6): the note-writers' own wording. Sentences written for these tests, not taken from the evaluation sets.
describe('round 7 families', () => {
  it.each([
    ['She says her man is 34 and gives her a lift to school.', 'adult_centred_label'],
    ['Tia calls him her lad; he is 23 and has a car.', 'adult_centred_label'],
    ['Her b/f (30s) collects her from the park.', 'adult_centred_label'],
    ['Kyle stays at the flat of a man of 45 who is like a mentor to him.', 'adult_centred_label'],
    ['His employers at the car wash keep his passport and pay him nothing.', 'adult_centred_label'],
    ['The girls’ regulars text them to meet at the hotel.', 'adult_centred_label'],
    ['He said "I’m just a runner, the olders do the rest".', 'criminalises_child'],
    ['The hostel referral calls Omar "a dealer".', 'criminalises_child'],
    ['Ryan was acting as a lookout at the trap house.', 'criminalises_child'],
    ['Leon continues to offend for the older males in Crewe.', 'criminalises_child'],
    ['Officers treated Jade as the aggressor after she hit back.', 'criminalises_child'],
    ['Jordan is a line worker for a Liverpool group.', 'criminalises_child'],
    ['She has been doing shifts on the deal line since March.', 'criminalises_child'],
    ['Kai is believed to be dealing near the station.', 'criminalises_child'],
    ['He is paid in weed for the runs he does.', 'criminalises_child'],
    ['Tom has been selling for the Salford lads.', 'criminalises_child'],
    ['She was told to plug the wraps before the coach journey.', 'criminalises_child'],
    ['Police said the age gap is only five years.', 'minimises_harm'],
    ['He is 22 and she is 16, so there is not a huge age gap.', 'minimises_harm'],
    ['The bruises were minor, so no referral was made.', 'minimises_harm'],
    ['Police recorded a bit of pushing and shoving between Jess and the 30-year-old.', 'minimises_harm'],
    ['His role in the county line is peripheral at most.', 'minimises_harm'],
    ['The messages from the 28-year-old were flirty but nothing sexual.', 'minimises_harm'],
    ['She was found at 5am safe and sound, no further concerns.', 'minimises_harm'],
    ['Police felt she can keep herself safe around the men.', 'minimises_harm'],
    ['Mum thinks it is just a crush on an older man and will blow over.', 'minimises_harm'],
    ['He says he only runs errands for the older lads on the estate.', 'minimises_harm'],
    ['The 50-year-old neighbour likes to spoil her with takeaways.', 'minimises_harm'],
    ['The photo was only sent to one boy, so no further action.', 'minimises_harm'],
    ['Kerry usually comes back on her own after a night missing.', 'minimises_harm'],
    ['She keeps taking risks by getting into cars with older men.', 'blames_child'],
    ['He needs to accept some responsibility for going to the flat.', 'blames_child'],
    ['The overdose was more of a cry for help.', 'blames_child'],
    ['She is savvy and can handle the men.', 'blames_child'],
    ['He plays professionals off against each other.', 'blames_child'],
    ['She should have realised what the men wanted.', 'blames_child'],
    ['Much of what she says is made up, according to the carer.', 'blames_child'],
    ['She was very reckless in going to the party alone.', 'blames_child'],
    ['He rarely engages with the YOT worker.', 'blames_child'],
    ['She actively seeks out older men online.', 'blames_child'],
    ['Ella was happy to go with the men to the flat.', 'implies_consent'],
    ['He gave his consent to the videos being filmed.', 'implies_consent'],
    ['She went back to him even though he had hit her.', 'implies_consent'],
    ['Jake got himself involved with the older lads on the estate.', 'implies_consent'],
    ['She appears to be a willing member of the gang.', 'implies_consent'],
    ['He made an informed choice to travel to the flat in Leeds.', 'implies_consent'],
    ['It was concensual, according to the 19-year-old.', 'implies_consent'],
    ['She is always gagging for it, the boys said.', 'sexualises'],
    ['She knows what men want, staff wrote.', 'sexualises'],
    ['She is an early developer and looks older.', 'sexualises'],
    ['She attracts a lot of male attention at the bus station.', 'sexualises'],
    ['A teen escort advert showed Kayla, 15.', 'sexualises'],
    ['She is a bit of a flirt with the taxi drivers.', 'sexualises'],
    ['She offered sexual favours for a lift home.', 'sexualises'],
    ['She has got herself a reputation at school.', 'sexualises'],
    ['She was wearing very little when the men dropped her off.', 'sexualises'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    // Hard negatives: the same words where they blame no child.
    'She is running errands for her nan.',
    'He works at the chip shop and his boss pays him cash on Fridays.',
    'We met with the partner agency about the plan.',
    'Mum told her man to leave the house.',
    'He has a learning mentor at school who is a man of 40.',
    'Hannah knows how to keep herself safe after the sessions with the CSE worker.',
    'Staff worked with her on how she can keep herself safe.',
    'He was recruited as a willing member of the football team.',
    'The age gap is only two years and both are at college.',
    'He was only 3 years old at the time.',
    'He was reckless on his bike.',
    'The man was reckless and drove at speed.',
    'The cuts were superficial and were cleaned by the nurse.',
    'He is known to deal with stress by running.',
    'The police saw the man as the aggressor.',
    'She is tech savvy and helped mum set up the laptop.',
    'She is very mature in how she handled the meeting.',
    'Nan likes to treat her at the weekend.',
    'He knew full well she was 14, the suspect admitted.',
    'She took risks with her art coursework.',
    'He is doing shifts at Tesco.',
    'She works as a care assistant at weekends.',
    'He is acting as a runner for the relay team.',
    'The regulars at the pub bought a round.',
    'Ethan went back to them to collect his coat.',
    'She gave her consent for the photos to be used in the school newsletter.',
    'Mia said she is happy to go with the foster carers to Wales.',
    'He agreed to carry the bags for his nan.',
    'She decided to stay with her aunt for the weekend.',
    'The older males running the line in Barrow have been identified.',
    'He plugs the charger in.',
    'He was selling for the school fair.',
    'She got herself involved with the drama club.',
    'Her other half of the project is due Friday.',
    'The girls were just having fun at the school disco.',
    'It will blow over, the forecast says.',
  ])('%s', (text) => {
    expect(checkLanguage(text).map((f) => `${f.entryId}: ${f.text}`)).toEqual([]);
  });
});

// Round 8: families written for these tests (not taken from the evaluation sets), each with hard negatives.
describe('round 8 families', () => {
  it.each([
    ['The strategy notes describe Kian as a criminal.', 'criminalises_child'],
    ['Mia made the decision to go with the men at 2am.', 'implies_consent'],
    ['The 2015 file calls it a life she has chosen.', 'implies_consent'],
    ['He has wasted a lot of police time by going missing.', 'blames_child'],
    ['Reece continues to disengage from the exploitation worker.', 'blames_child'],
    ['Tia is a difficult-to-reach young person.', 'blames_child'],
    ['She turned up at the clinic with her husband, who is 29.', 'adult_centred_label'],
    ['The cuts he got at the trap house were put down to rough and tumble.', 'minimises_harm'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'The men chose to target girls from the children’s home.',
    'The adult suspect absconded from the police station.',
    'The clinic is hard to reach by bus from the estate.',
    'The nurse said there was nothing to worry about in his blood test.',
    'Kai was recruited to the county cricket squad.',
    'Her boss at the salon pays her on Saturdays.',
    'Mum’s husband, who is 40, drives the children to school.',
    'Two boys were play fighting on the field at lunch.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Round 9: everyday paraphrases, written for these tests (not taken from the evaluation sets), with hard negatives.
describe('round 9 families', () => {
  it.each([
    ['Staff think Ellie is crying wolf about the man at the bus stop.', 'blames_child'],
    ['He has been telling porkies about where he sleeps.', 'blames_child'],
    ['Nan says she brought it all on herself by going to the flat.', 'blames_child'],
    ['The log says Jade invites trouble by staying out with the men.', 'blames_child'],
    ['Kai simply won’t be told and keeps going to Leeds.', 'blames_child'],
    ['Mo has refused point blank to meet the exploitation worker.', 'blames_child'],
    ['Officers felt he was fully aware of what he was doing with the olders.', 'implies_consent'],
    ['She stays at the flat with the men out of choice, mum says.', 'implies_consent'],
    ['He is a foot soldier for the Manchester line.', 'criminalises_child'],
    ['Caught pushing weed outside the school gates.', 'criminalises_child'],
    ['She acts as lookout for the older boys.', 'criminalises_child'],
    ['He has been serving up in Norwich since June and had £400 in cash.', 'criminalises_child'],
    ['The police log says he was only carrying a small amount of cannabis for the men.', 'minimises_harm'],
    ['The punch from the 24-year-old was put down to teenagers being teenagers.', 'minimises_harm'],
    ['The assault at the hotel was recorded as a simple misunderstanding.', 'minimises_harm'],
    ['The 13-year-old was seen touting for business near the station.', 'sexualises'],
    ['She came on to him in the car, the 38-year-old told police.', 'sexualises'],
    ['Her Snapchat is full of provocative selfies sent to older men.', 'sexualises'],
    ['She has a reputation with the older lads on the estate.', 'sexualises'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'The waiter was serving up lunch in the canteen.',
    'She is fully aware of what she is doing in her GCSE coursework.',
    'He chose the blue one out of preference.',
    'The dog is crying at the door.',
    'The kids were being kids at the school disco.',
    'He has a reputation for being late to football.',
    'The teacher teases the class about their handwriting.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Round 10: labels and ages (sentences written for these tests).
describe('round 10 families', () => {
  it.each([
    ['Tom is a perpetrator of robbery and should be managed by the YOT.', 'criminalises_child'],
    ['The strategy meeting described Ayo as the perpetrator of the burglary.', 'criminalises_child'],
    ['She first met her boyfriend (24) at the bus station.', 'adult_centred_label'],
    ['Her boyfriend, 27, collects her from school.', 'adult_centred_label'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'The perpetrator is a 34-year-old man known to police.',
    'Police have not yet identified the perpetrators.',
    'He is the perpetrator and was arrested on Friday.',
    'Her boyfriend, 15, is in her year at school.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Round 18: each new family matches an example (a pattern with a two-word alternative in one slot compiles but never
// matches, so every entry is checked here). Sentences written for these tests.
describe('round 18 families', () => {
  it.each([
    ['Jay says he has been grafting in Brackley all week.', 'criminalises_child'],
    ['The lads reckon running the line is easy money.', 'criminalises_child'],
    ['Two boys were seen shoplifting to order for a man in a van.', 'criminalises_child'],
    ['Custody: DP aged 14, known drug dealer per intel.', 'criminalises_child'],
    ['Ellis’s offending is escalating since the summer.', 'criminalises_child'],
    ['A&E: 15F, minor scuffle with her partner (26), cut lip.', 'minimises_harm'],
    ['Came back to the unit worse for wear at 3am with older males.', 'minimises_harm'],
    ['The age gap is not an issue, she is 15 and he is 21.', 'minimises_harm'],
    ['Minutes: no role for social care as she is 16.', 'minimises_harm'],
    ['The 15-year-old and the 30-year-old are in a mutual abusive relationship.', 'minimises_harm'],
    ['Housing: he has made himself intentionally homeless.', 'blames_child'],
    ['Pharmacy: 14F, very casual about contraception.', 'blames_child'],
    ['Youth justice: shows little motivation to change.', 'blames_child'],
    ['She stays out till all hours at the weekend.', 'blames_child'],
    ['Warned by police, but she keeps making the same choices.', 'blames_child'],
    ['Staff say she is so naive and trusting.', 'blames_child'],
    ['The landlady complains of gentlemen callers for the 16-year-old.', 'sexualises'],
    ['Her gentleman friend, a man of 50, drives her to school.', 'adult_centred_label'],
    ['Witnesses said she was all over the men at the bar.', 'sexualises'],
    ['Aunt said she is a proper little tart.', 'sexualises'],
    ['The 15-year-old is well known to the taxi drivers.', 'sexualises'],
    ['Clinic: 14F has had lots of boyfriends for her age.', 'sexualises'],
    ['He says he would rather stay at the flat with the men.', 'implies_consent'],
    ['YOT panel: he signed up for the work in the county lines and now owes.', 'implies_consent'],
    ['Mum says he gets himself mixed up in things.', 'implies_consent'],
    ['Bank: she allowed her card to be used by the olders.', 'implies_consent'],
    ['He sells for the line and does it for the money.', 'implies_consent'],
    ['The manager wrote that she made the choice to lead this lifestyle.', 'implies_consent'],
    ['He is in control of his own choices, the officer said.', 'blames_child'],
    ['She does not see herself as a victim, so the case is closed.', 'minimises_harm'],
    ['Recorded as absent rather than missing.', 'minimises_harm'],
    ['Outreach: engaging in survival sex since leaving care.', 'implies_consent'],
    ['She gave consent to the videos, the 28-year-old told police.', 'implies_consent'],
    ['She went with the lads for the vodka and the weed.', 'implies_consent'],
    ['The 16-year-old chose to come to Britain, the officer wrote.', 'implies_consent'],
    ['He bolted from the unit when staff tried to talk to him.', 'blames_child'],
    ['The YOT called the 15-year-old an entrepreneur who runs a drugs business.', 'criminalises_child'],
    ['MFH: she always comes back in the end, low risk.', 'minimises_harm'],
    ['At 6 foot he is more than capable of looking after himself.', 'minimises_harm'],
    ['The running away is a cry for attention.', 'blames_child'],
    ['She had a bit too much to drink at the man’s flat.', 'minimises_harm'],
    ['He is a courier for the county line.', 'criminalises_child'],
    ['Found at the cannabis farm, the boys were recorded as gardeners.', 'criminalises_child'],
    ['He is affiliated to the Northside gang.', 'criminalises_child'],
    ['Has an absconsion history.', 'criminalises_child'],
    ['He has been serving up around the estate.', 'criminalises_child'],
    ['She instigates contact with the adult men online.', 'blames_child'],
    ['He cannot be seen purely as a victim.', 'blames_child'],
    ['She is at risk because of her own choices.', 'blames_child'],
    ['She agreed to sex, so the officer recorded that no offence had been committed.', 'minimises_harm'],
    ['It was boyfriend and girlfriend stuff with the 25-year-old.', 'minimises_harm'],
    ['She attracts the wrong sort of attention online.', 'blames_child'],
    ['She behaves much older than her years.', 'sexualises'],
    ['Court report: he shows no remorse.', 'blames_child'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'He had a skin graft after the burns and is grafting well, the surgeon says.',
    'She makes good money at her Saturday job at the bakery.',
    'She did not make herself homeless; she had nowhere safe to go.',
    'The boys found at the cannabis grow were trafficked children, not gardeners.',
    'She has been serving up lunch at the café on Saturdays.',
    'The panel is clear that a child cannot be in a mutual abusive relationship with an adult.',
    'The review asked for the entries calling her a runner to be rewritten.',
    'The older man who recruited children for the line has been charged.',
    'She was hard to reach in the holidays because the family were abroad.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Round 19: each new family matches an example, and each precision fix leaves its example alone. Sentences written for
// these tests.
describe('round 19 families', () => {
  it.each([
    ['Dad said the whole thing was a storm in a teacup.', 'minimises_harm'],
    ['Gran thinks the trip to the flat was blown out of proportion.', 'minimises_harm'],
    ['The officer wrote that she is just a typical teenager.', 'minimises_harm'],
    ['His sponsor pays for his phone and his trainers.', 'adult_centred_label'],
    ["Jaden's sponsor, a man of 45, gives him cash for each trip.", 'adult_centred_label'],
    ['She told her friend she wants to be an escort.', 'sexualises'],
    ['Custody: young offender detained after the search.', 'criminalises_child'],
    ['Teacher says Kyle is dealing at the bus station after school.', 'criminalises_child'],
    ['Duty note: Demi has been sending mucky pictures to grown men.', 'blames_child'],
    ['School police officer: Jess has been sending nudes to older lads.', 'blames_child'],
    ['He is shotting for the olders by the station.', 'adult_centred_label'],
    ['She carries for the olders.', 'criminalises_child'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'The escort from the secure unit took her to court.',
    'His mentor from the reading scheme gives him a book each week.',
    'He was ordered to take part in the robbery by the man he owes.',
    'She was pressured by older boys into sending images.',
    'The adult running the line made the 14-year-old hold the cash.',
    'The IRO asked the nurse to stop describing her as promiscuous.',
    'The term risky behaviour was used in 12 records.',
    'She was made to have sex with two men at the flat.',
    'Mia looks older in her new glasses.',
    'The mosque elders agreed to host a session for parents.',
    'The adult arrested with her absconded from an approved premises.',
    'Her uncle is willing to have her for the weekend.',
    'She has been dealing with a lot since her gran died.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads "a cry for help rather than a real attempt" as the minimising only', () => {
    expect(found('The overdose was called a cry for help rather than a real attempt.').map(([c]) => c)).toEqual(['minimises_harm']);
  });
});

// Round 20: each new family matches an example, and each precision fix leaves its example alone. Sentences written for
// these tests.
describe('round 20 families', () => {
  it.each([
    ['Inquiry: staff described 12-year-olds as having sex with adult men.', 'implies_consent'],
    ['Marnie has been having sex with a 26-year-old she met at the bus station.', 'implies_consent'],
    ['The 2010 log says Carys was on the game at 15.', 'sexualises'],
    ['Tegan has been sending nudes to a man of 30.', 'blames_child'],
    ['Reece was taking part in robberies with the olders.', 'implies_consent'],
    ["Nadia, 14, is staying at the man's flat by choice.", 'implies_consent'],
    ['ED: 15yo intoxicated by choice, brought in by a taxi driver.', 'implies_consent'],
    ['Custody: the suspect, aged 14, was found with two phones.', 'criminalises_child'],
    ['The suspect, a 15-year-old in foster care, ran from officers.', 'criminalises_child'],
    ['In the 2012 report the 13-year-old is named as a suspect for the theft.', 'criminalises_child'],
    ['Officer: she later changed her story, so the case was closed.', 'blames_child'],
    ['His account keeps changing, so the CPS will not charge.', 'blames_child'],
    ['School log: Shannon lies constantly about where she goes.', 'blames_child'],
    ['Key worker: Lacey has a history of making allegations.', 'blames_child'],
    ['Police referral: her older man has been named as a 33-year-old from the estate.', 'adult_centred_label'],
    ['MFH log: Kayleigh has a regular client, a man in his fifties, who picks her up.', 'adult_centred_label'],
  ])('%s', (text, category) => {
    expect(found(text).map(([c]) => c)).toContain(category);
  });

  it.each([
    'Nurse: Tia, 15, says she has had sex with a 20-year-old; the DSL was told the same day.',
    'Two men had sex with her at the flat when she was 14.',
    'An adult on the game befriended Rhys and asked for his number.',
    'Kai met an adult on the game who sent him gift cards.',
    'A man she met online persuaded her to send images.',
    'He would not say who made him take part in the burglary.',
    'Police describe the adult as a prolific offender with drug convictions.',
    'The review says this hid her sexual abuse: a 2011 record called her a willing participant.',
    'The panel finds the record calling her compliant missed that she was a child.',
    'The inquiry found that officers called the girls liars, and that this left them unprotected.',
    'No child of 13 can make a free decision about sex with an adult.',
    'She is not at the flat by choice: the men keep her there.',
    'Abi has been vegetarian by choice since Year 7.',
    'The suspect, aged 38, was charged with rape.',
    'The 14-year-old told police the suspect gave her vodka.',
    'The suspect changed his story twice in interview.',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
