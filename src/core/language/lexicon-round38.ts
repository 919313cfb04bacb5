import type { LexiconEntry } from './types.ts';

// Session 22 (fresh37, an indicator-heavy tuning set by a writer from services in Wales, Scotland and Northern Ireland):
// families of idioms that blame the child or play the harm down without the textbook phrases ("landing herself in
// bother", "making a rod for her own back", "brought it on his own head", "a domestic tiff", "these things blow over",
// "never hurt anyone"). Each entry lists a family with its inflections, not one sentence. Sources as in lexicon.ts
// (sources.ts, shared/SOURCES.md section 3). lexicon-round37.ts is another helper's; this file is round 38.

export const ROUND_38_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'own_head_round38',
    // "keeps landing herself in bother", "brought all this on his own head", "making a rod for her own back" (fresh37): the
    // Durham list's "They put themselves at risk" in the idioms of the writer's services.
    patterns: [
      'landing|landed|lands|land herself|himself|themselves in bother|trouble|it',
      'brought|brings|bringing|bring [all] [this|it|that] on her|his|their own head|heads',
      'making|made|makes|make a rod for her|his|their own back|backs',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child the cause of what happens to them. The harm is done by the people who exploit the child, and the child’s behaviour is often a response to it.',
    alternatives: [
      'Adults are targeting the child: record who, where and what they do',
      'The child’s behaviour may be a response to harm: describe what happened and what the child needs',
    ],
    source: 'durham_scp', // "They put themselves at risk"
  },
  {
    id: 'consequences_of_behaviour_round38',
    // "warned about the consequences of her behaviour with adult males" (fresh37): the warning is given to the child, as if
    // the abuse were the result of what she did.
    patterns: ['consequences|consequence of her|his|their behaviour|behavior|actions|conduct'],
    category: 'blames_child',
    explanation:
      'Presents abuse as the result of the child’s own behaviour. Children are not responsible for what adults do to them; record what the adults did and the action taken to protect the child.',
    alternatives: [
      'Adults have been targeting the child: record what was done to protect them',
      'The child was given safety advice about the adults who are harming them',
    ],
    source: 'durham_scp',
    requiresNear: ['adult|adults|male|males|men|man|older|exploit*|abuse*|groom*|sexual|missing|flat|car|cars'],
    window: 8,
  },
  {
    id: 'blows_over_round38',
    // "it's hardly the end of the world", "these things blow over", "a bit of weed never hurt anyone", "just a lad being a
    // lad", "a domestic tiff", "only a minor concern" (fresh37): the harm played down in everyday idiom.
    patterns: [
      'hardly|not the end of the world',
      'these|such things [will] blow|blew over',
      "it'll [all] blow over",
      'it will [all] blow over',
      'never hurt|harmed anyone|anybody|nobody',
      'just|only a lad|boy|girl|lass being a lad|boy|girl|lass',
      'domestic|lovers tiff',
      'only|just a minor concern|worry|issue',
      'only|just a [wee|little] bit of messing|mucking|carrying [on|about|around]',
    ],
    category: 'minimises_harm',
    explanation: 'Plays down harm to a child. Record what happened and its effect on the child, without judging how serious it is.',
    alternatives: ['Describe what happened, who was involved and the effect on the child', 'Record the concern and the action taken to protect the child'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    requiresNear: [
      'adult|adults|man|men|male|males|older|weed|cannabis|drugs|drink|drinking|out|missing|nights|boyfriend|partner|messages|photos|touching|lad|lads|police|complaint|assault|abuse|concern|19|20|21|22|23|24|25|26|27|28|29|30',
    ],
    window: 12,
  },
  {
    id: 'knew_full_well_round38',
    // "JUVENILE KNEW FULL WELL WHAT SHE WAS DOING", "decided that's the life she wants" (fresh37): the abuse recast as the
    // child's informed choice.
    patterns: [
      'knew|knows|know full well what she|he|they was|were|is|are doing',
      'knew|knows|know full well what she|he|they was|were|is|are getting into',
      "that's|thats the life she|he|they wants|want|wanted|chose",
      'that is the life she|he|they wants|want|wanted|chose',
    ],
    category: 'implies_consent',
    explanation:
      'Presents exploitation as the child’s informed choice. A child cannot consent to being exploited, and adults use grooming, debt and threats to control what the child does.',
    alternatives: ['The child is being exploited: record who is controlling them and how', 'Concerns exist that the child has been groomed or coerced'],
    source: 'kent_medway', // "Being sexually exploited is not a 'lifestyle choice'"
  },
];
