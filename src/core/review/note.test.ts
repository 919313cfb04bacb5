import { suggestIndicators } from '../text/indicator-classifier.ts';
import { describe, expect, it } from 'vitest';
import { analyseNote, Interner } from './note.ts';
import { findReferrals, REFERRAL_PHRASES, REFERRAL_STEMS } from './referrals.ts';
import { tokenize } from '../text/tokenize.ts';

// The note analyser on realistic synthetic wording: it relies on core/text and core/language for the findings.

const referralsIn = (text: string) => findReferrals(tokenize(text)).map((r) => r.id);

describe('referral wording', () => {
  it.each([
    ['Referral made to MASH today following the disclosure.', ['referred_to_social_care']],
    ["Referred to children's social care by the school nurse.", ['referred_to_social_care']],
    ['NRM referral submitted by the social worker.', ['nrm_referral']],
    ['Strategy discussion held with police and health.', ['strategy_discussion']],
    ['Section 47 enquiry started.', ['section_47']],
    ['Referred to the police child exploitation team.', ['referred_to_police']],
  ])('finds %s', (text, ids) => {
    expect(referralsIn(text)).toEqual(ids);
  });

  it.each([
    'No referral was made to MASH.',
    'Will make a referral to MASH if she goes missing again.',
    'Consider a referral to MASH at the next review.',
    'Mum asked whether a strategy meeting would help.',
    'Seen in clinic for a routine appointment.',
  ])('finds no referral in %s', (text) => {
    expect(referralsIn(text)).toEqual([]);
  });
});

describe('analyseNote', () => {
  it('keeps scored, shown, wording and referral facts, and no text', () => {
    const f = analyseNote('Went missing from home overnight. No concerns about drugs. She is putting herself at risk. Referral made to MASH.', new Interner());
    expect(f.scored.map((s) => s.code)).toContain('am_missing');
    expect(f.shown).toContainEqual({ code: 'ad_drug_use', reason: 'negated' });
    expect(f.language.map((l) => l.phrase)).toContain('putting herself at risk');
    expect(f.referrals).toEqual(['referred_to_social_care']);
  });

  it('shows the classifier’s possible signs that would score if confirmed, when asked, never scoring them', () => {
    // A town the spotter's list does not name (as in the CLI's test): read by the classifier alone.
    const note = 'MFH report: Kai (15) from Lewisham found in Barnstaple.';
    const f = analyseNote(note, new Interner(), 2024, suggestIndicators);
    expect(f.scored).toEqual([]);
    expect(f.shown).toEqual([{ code: 'am_found_out_of_area', reason: 'possible' }]);
    expect(analyseNote(note, new Interner(), 2024).shown).toEqual([]);
  });

  it("reads years against the note's own year: an earlier year is the past, the same year is not", () => {
    const text = 'In 2019 she went missing from home overnight.';
    expect(analyseNote(text, new Interner(), 2021).scored).toEqual([{ code: 'am_missing', historical: true }]);
    expect(analyseNote(text, new Interner(), 2019).scored).toEqual([{ code: 'am_missing', historical: false }]);
    expect(analyseNote('Seen on 12/03/2017 after going missing.', new Interner(), 2019).scored).toEqual([{ code: 'am_missing', historical: true }]);
  });

  it('shares one copy of each phrase between notes', () => {
    const interner = new Interner();
    const a = analyseNote('She is promiscuous.', interner);
    const b = analyseNote('Described as promiscuous by staff.', interner);
    expect(a.language[0]!.phrase).toBe(b.language[0]!.phrase);
    expect(interner.size).toBe(1);
  });
});

describe('referral prefilter', () => {
  it('every referral phrase contains a stem of REFERRAL_STEMS, so skipping notes without one loses nothing', () => {
    const patterns = REFERRAL_PHRASES.flatMap((p) => p.patterns);
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) expect(pattern).toMatch(REFERRAL_STEMS);
  });
});
