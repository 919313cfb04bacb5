// Regressions the third code review of indicator round 22 found (2026-12-01): false alarms from the last tuning commits
// (neglect described, the small hours, a drugs charge far from home, carrying for others, unpaid work, arriving without
// family), each beside the wording the change was made for. Every sentence is also run through the reference
// implementation, which must mirror the rules.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../../test/fixtures/text-checks.ts';

const find = indicatorRows(['code', 'experiencer', 'negated']);

const codes = (note: string) => find(note).map((r) => r[0]);

describe('review 22c: ordinary wording the new rules must not read as a sign', () => {
  it.each([
    ['He plays on his Xbox until three in the morning most nights.', 'am_staying_out_late'],
    ['She is on her phone until four in the morning and is tired in class.', 'am_staying_out_late'],
    ['She cannot get to sleep until three in the morning.', 'am_staying_out_late'],
    ['He was arrested for possession of cannabis in the park, a few minutes away from his home.', 'go_drug_arrest_out_of_area'],
    ['He was caught with possession of cannabis at school and was sent away for the day.', 'go_drug_arrest_out_of_area'],
    ['They keep calling me back at odd times about the referral.', 'da_controlled_return'],
    ['The school keep calling her back into the office about her attendance.', 'da_controlled_return'],
    ['They asked to move the meeting to Thursday.', 'go_carrying_drugs'],
    ['She was asked to hold the baby while they went out.', 'go_carrying_drugs'],
    ['They pressured her to drop the charges against the man.', 'go_carrying_drugs'],
    ['They made her hide the bruises from the school nurse.', 'go_carrying_drugs'],
    ['Staff asked her to store money in the office safe.', 'go_carrying_weapons_money'],
    ['She earns £300 a week working at the warehouse and saves most of it.', 'rg_unpaid_work'],
    ['He is paid £250 a week at the factory.', 'rg_unpaid_work'],
    ['The unit staff work 12-hour shifts so she sees different people each day.', 'rg_unpaid_work'],
    ['She came into care without any family support.', 'fa_unaccompanied_migrant'],
    ['He came to the appointment without any adult with him.', 'fa_unaccompanied_migrant'],
    ['She arrived in foster care without any family photos.', 'fa_unaccompanied_migrant'],
    ['He is usually hungry by lunchtime.', 'fa_neglect'],
    ['He was asked to drop a letter at the office by them.', 'go_carrying_drugs'],
    ['Her worker asked her to keep money aside for the bus.', 'go_carrying_weapons_money'],
    ['She works 12-hour days revising for her exams.', 'rg_unpaid_work'],
    ['They keep calling him back to the station for interviews.', 'da_controlled_return'],
    ['She spent the whole day cooking and cleaning for the entire family for Eid.', 'fa_domestic_servitude'],
    ['He handed over his bank card to pay for the school trip.', 'rg_bank_account_used'],
    ['She is always hungry because of her medication.', 'fa_neglect'],
  ])('%s (not %s)', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('review 22c: the wording the tuning commits were made for is still found', () => {
  it.each([
    ['He came home at three in the morning on Saturday.', 'am_staying_out_late'],
    ['She stayed out until 03:00 with older boys.', 'am_staying_out_late'],
    ['He was charged with supplying heroin in Cromer, far from his home.', 'go_drug_arrest_out_of_area'],
    ['The olders keep calling him back and he always goes.', 'da_controlled_return'],
    ['The olders made him hold a bag for them.', 'go_carrying_drugs'],
    ['He was asked to carry a package for the lads.', 'go_carrying_drugs'],
    ['He was made to keep knives at his flat.', 'go_carrying_weapons_money'],
    ['He was made to hold a bag of cannabis for the olders.', 'go_carrying_drugs'],
    ['He is paid £10 a day at a farm.', 'rg_unpaid_work'],
    ['She works 14-hour shifts at a nail bar.', 'rg_unpaid_work'],
    ['NRM: Mercy is paid £20 a week for cleaning houses every day.', 'rg_unpaid_work'],
    ['He works at the car wash every day after school for nothing.', 'rg_unpaid_work'],
    ['She does the cooking and cleaning for the whole household.', 'fa_domestic_servitude'],
    ['He arrived in Dover without any family.', 'fa_unaccompanied_migrant'],
    ['He handed over his bank card to the olders to pay for the drugs.', 'rg_bank_account_used'],
    ['She is often dirty and hungry when she arrives at school.', 'fa_neglect'],
    ['He came in the same clothes all week.', 'fa_neglect'],
    ['She has £200 trainers and will not say where they came from.', 'rg_unexplained_gifts'],
    ['He was wearing a £600 jacket at the review.', 'rg_unexplained_gifts'],
  ])('%s -> %s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
});
