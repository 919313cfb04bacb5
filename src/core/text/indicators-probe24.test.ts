// Probe 24 (2026-12-01): synthetic sentences in the style of the records that published reviews describe (CSE, county
// lines, trafficking, missing children, online harm), written for this probe and not taken from any source. Each family
// that was missed or mis-flagged is fixed as a family; its positives sit beside ordinary sentences that share its words.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../../test/fixtures/text-checks.ts';

const find = indicatorRows(['code', 'experiencer', 'negated']);
const codes = (note: string) => find(note).map((r) => r[0]);

describe('a video streamed to men, images a child was made to take or sold', () => {
  it.each([
    ['He was made to film himself and the video was streamed to men overseas.', 'te_live_streaming'],
    ['The abuse was livestreamed to paying men abroad.', 'te_live_streaming'],
    ['She sold pictures of herself on an app for money.', 'te_sexual_images'],
    ['He has been selling videos of himself to adults online.', 'te_sexual_images'],
    ['She was pressured to film herself in the bath.', 'te_sexual_images'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['The match was streamed to people at home because of the snow.', 'te_live_streaming'],
    ['The funeral service was streamed to people who could not travel.', 'te_live_streaming'],
    ['She sold pictures of her paintings at the craft fair.', 'te_sexual_images'],
    ['She was told to film the science experiment for her homework.', 'te_sexual_images'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('a demand with the threat after "or"', () => {
  it.each([
    'A man on Instagram is demanding £300 or he will send her photos to her family.',
    'They demanded more money or they would post the video on his school page.',
    'The account wants £50 or else it will share the pictures with her followers.',
  ])('%s', (note) => {
    expect(find(note)).toContainEqual(['te_sextortion', 'child', false]);
  });
  it.each(['The landlord is demanding the rent or he will send the bailiffs.', 'The teacher wants the homework by Friday or she will send a letter home.'])(
    'not: %s',
    (note) => {
      expect(codes(note)).not.toContain('te_sextortion');
    },
  );
});

describe('meeting someone known only from an app, money offered through an app', () => {
  it.each([
    ['She travelled to Leeds to meet someone she had only spoken to on TikTok.', 'te_meeting_online_contacts'],
    ['He went to see a man he has only ever talked to online.', 'te_meeting_online_contacts'],
    ['He was offered £1,000 a week on Instagram to "run errands".', 'te_online_offers'],
    ['She was offered a free phone through Snapchat to hold a bag for a man.', 'te_online_offers'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['She met her cousin, whom she had only spoken to on WhatsApp, at the family wedding.', 'te_meeting_online_contacts'],
    ['She was offered a place on an online course to help with her maths.', 'te_online_offers'],
    ['He was offered support over WhatsApp to help him settle into college.', 'te_online_offers'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('gift cards and game currency sent by someone', () => {
  it.each([
    'A man she met on Roblox has been sending her Amazon gift cards.',
    'Someone online bought him Robux and V-Bucks every week.',
    'He was sent Steam codes by an older player he games with.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('rg_unexplained_gifts');
  });
  it.each([
    'Her nan sent her Amazon gift cards for her birthday.',
    'The school gave him a gift card as an attendance reward.',
    'His dad bought him V-Bucks for Christmas.',
  ])('not: %s', (note) => {
    expect(codes(note)).not.toContain('rg_unexplained_gifts');
  });
});

describe('drug arrests in a named far town, tickets to far towns', () => {
  it.each([
    'He was stopped by police in Aberystwyth with 30 wraps of heroin.',
    'He was arrested for being concerned in the supply of class A drugs in Norwich, far from his home in Hackney.',
    'He was searched by BTP at Carlisle with crack cocaine in his sock.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('go_drug_arrest_out_of_area');
    expect(codes(note)).not.toContain('go_arrests');
  });
  it.each(['He was stopped by police in Aberystwyth for riding without lights.', 'Police in Leeds arrested the man for supplying drugs.'])(
    'not: %s',
    (note) => {
      expect(codes(note)).not.toContain('go_drug_arrest_out_of_area');
    },
  );
  it.each(['Staff found train tickets to Bournemouth and Weymouth in his room.', 'Her carer found coach tickets to Blackpool in her coat.'])('%s', (note) => {
    expect(find(note)).toContainEqual(['am_found_out_of_area', 'child', false]);
  });
  it.each([
    'Mum has booked train tickets to York for the family holiday.',
    'He had a train ticket to Leeds for his university open day.',
    'She kept her coach ticket to Cardiff from the school trip.',
    "A man bought Kofi's train ticket to Crewe and met him at the other end.",
  ])('not: %s', (note) => {
    expect(codes(note)).not.toContain('am_found_out_of_area');
  });
});

describe('a relative known to run a line; a relationship with an adult of a stated age; nitrous given', () => {
  it('a brother known to run a line', () => {
    expect(find('Her older brother is known to run a line into Cumbria.')).toContainEqual(['fa_family_links_to_exploitation', 'other', false]);
  });
  it('not a brother known to run a business', () => {
    expect(codes('Her older brother is known to run a café in town.')).not.toContain('fa_family_links_to_exploitation');
  });
  it.each(['Last year she had a relationship with a 26-year-old man.', 'She has started a relationship with a 19-year-old.'])('%s', (note) => {
    expect(codes(note)).toContain('go_older_partner');
  });
  it.each(['Mum has started a relationship with a 40-year-old man from work.', 'Her sister had a relationship with a 35-year-old man.'])(
    'not the child’s: %s',
    (note) => {
      expect(find(note)).not.toContainEqual(['go_older_partner', 'child', false]);
    },
  );
  it.each(['He was given nitrous oxide canisters and spice by the older boys at the park.', 'The men gave her laughing gas at the party.'])('%s', (note) => {
    expect(find(note)).toContainEqual(['ad_substances_given', 'child', false]);
  });
  it.each(['She was given laughing gas by the dentist for her filling.', 'The midwife gave her gas and air and nitrous in labour.'])('not: %s', (note) => {
    expect(codes(note)).not.toContain('ad_substances_given');
  });
});
