// Round 32 recall pass: wording that recurs across many tuning sets by different writers (RESULTS.md), in sentences of
// our own, with ordinary sentences that share their words. Every sentence is also run through the reference
// implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

const FAMILIES: { title: string; code: string; positives: string[]; negatives: string[] }[] = [
  {
    title: 'free food or drink where adults keep children',
    code: 'rg_accommodation_offered',
    positives: [
      'Outreach: Jodie says there is always free vodka and food at the house on Mill Lane.',
      'She goes to a flat in town where the weed is always free.',
      'The men at the barber shop give the boys free food at weekends.',
    ],
    negatives: [
      'There was free food at the house after the funeral.',
      'The youth club gives the kids free food on Fridays.',
      'The cafe where the coffee is free opens at nine.',
      'Men at the chip shop give her free food and lifts.',
    ],
  },
  {
    title: 'a child living with adults who are not family',
    code: 'fa_living_with_unrelated_adults',
    positives: [
      'Housing: Tomasz (14) is staying with a couple who claim they are family friends.',
      'The 16-year-old has three adult men living in his flat.',
      'Neighbours say two adults are staying with the 14-year-old at the bedsit.',
    ],
    negatives: [
      'Her dad lives with a man who says he is a family friend.',
      'Two officers are staying with the girl at hospital.',
      'The men staying at the hotel were asked to leave.',
    ],
  },
  {
    title: 'an online contact asking or arranging to meet the child',
    code: 'te_meeting_online_contacts',
    positives: [
      'A man he plays Fortnite with has asked him to meet at the retail park.',
      'The 30-year-old from Snapchat keeps asking her to meet him in town.',
      'Gaming report: the adult player suggested meeting after school.',
    ],
    negatives: [
      'The social worker arranged to meet her at the station.',
      'The man asked her to meet the deadline for the form.',
      'The man from the game suggested a meeting with the team.',
    ],
  },
  {
    title: "housework or childcare for a household that is not the child's own",
    code: 'fa_domestic_servitude',
    positives: [
      'Amina is kept home to do the cleaning for the couple she lives with.',
      'He spends every day looking after the landlord’s kids and is not enrolled anywhere.',
      'She does childcare instead of going to school, the neighbour says.',
    ],
    negatives: [
      'She looks after the host family’s dog at weekends.',
      'She babysits the neighbour’s children for pocket money.',
      'Staff look after the children in the creche.',
    ],
  },
  {
    title: 'sex with an adult for what he gives in return',
    code: 'rg_sex_exchange',
    positives: [
      'She says she sleeps with the landlord so he lets her off the rent.',
      'He has sex with the dealers for cannabis, his friend says.',
      'She slept with the older man to pay back what she owed.',
    ],
    negatives: [
      'She had sex with the man for the first time last week.',
      'She has sex with the man so he will not leave her.',
      'She slept with the man for two hours before police arrived.',
    ],
  },
];

for (const f of FAMILIES) {
  describe(f.title, () => {
    givesCodes(
      'gives the sign',
      f.positives.map((p) => [p, [f.code]]),
    );
    lacksCode('an ordinary sense', f.code, f.negatives);
  });
}
