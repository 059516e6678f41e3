/**
 * Phrase data for `hedge-stack` (RULES.md "Category: hedging / weak wording"), in the
 * pattern language of text/pattern.ts. Matching runs on the normalised sentence ("I'm"
 * reads "i am", "don't" reads "do not").
 */

/**
 * The hedge lexicon (RULES.md, after P-JNS, P-RI and the ConvoKit hedge list). Longer forms
 * first, so "i feel like" is one hedge, not two. The senses that are not hedges (the noun
 * "kind of", "think about", "believe in", requests like "might you") are excluded in code.
 */
export const HEDGES = [
  'in my [humble|honest|personal] (opinion|view)',
  'imo',
  'imho',
  'i am not [really|entirely|totally|completely|quite|100 %|one hundred percent] (sure|certain) [,] but',
  '[i am] not [really|entirely|totally|completely|quite] (sure|certain) (if|whether)',
  'i am not [really|entirely|totally|completely|quite] (sure|certain)',
  '(i|we) [was|were|am|are] [just|only|really|also] wondering [if|whether]',
  'just wondering [if|whether]',
  'wondering (if|whether)',
  'i wonder (if|whether)',
  '(i|we) [really|just|do|would|still|also|honestly] (think|believe|guess|suppose) [that]',
  '(i|we) (do not|did not|would not) (think|believe) [that]',
  'i [really|just|kind of|sort of|kinda|sorta] feel (like|that|as if|as though)',
  'i [really|just] feel',
  'it [just|kind of|sort of] (seems|seemed|would seem) [like|that|to me]',
  'seems like',
  'seemingly',
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'potentially',
  'hopefully',
  'somewhat',
  'kind of',
  'sort of',
  'kinda',
  'sorta',
  'a [little] bit',
  'to (some|a certain) (extent|degree)',
  'more or less',
  'might',
];

/**
 * What the author says of their own value, candidacy or interest (RULES.md detection (c)):
 * a hedge in the same clause ("I think I might be a good fit") is flagged on its own.
 */
const ADV = '[really|still|also|definitely|actually|potentially|even|probably|possibly|maybe|perhaps|genuinely|truly|very|be able to]';
export const SELF_VALUE = [
  `i (am|would|could|might|will|can|should) ${ADV} [be] (a|an|the) [really|very|pretty|quite|truly] (good|great|strong|solid|perfect|ideal|excellent|right|natural|best|real|valuable|useful|ideal|top) [@word] (fit|match|candidate|person|choice|addition|asset|hire|contributor|partner|pick)`,
  `i (am|would|could|might|will|can|should) ${ADV} [be] [really|very|pretty|quite|still|genuinely|very much|well|highly|fully] (qualified|interested|suited|well-suited|a fit|right for|helpful|useful|valuable|of (help|use|value|service|assistance)|able to (help|contribute|add value|support|assist|deliver|handle|do (this|it|the job|a good job|a great job|a decent job)))`,
  `i (can|could|would|might|will|should) ${ADV} (help|add value|contribute|bring value|make a difference|do a (good|great|decent|solid|fine) job|do (this|it|the job|the role) well|handle (this|it|the role)|deliver|be of (help|use|value))`,
  'i [really|still|also] (have|bring) (what it takes|the [right|relevant|necessary] (skills|experience|background))',
];

/** Hedges on the author's own wish or ask ("I was kind of hoping"), which also count on their own. */
export const ASK_HEDGE = [
  '(i|we) [was|were|am|are] [just|really] (kind of|sort of|kinda|sorta) (hoping|wondering|wanting|thinking)',
  '(i|we) (kind of|sort of|kinda|sorta) (want|need|hope|wanted|needed|hoped)',
];

/** Tokens before "kind of" / "sort of" that make it the noun ("the kind of project"). */
export const NOUN_KIND_BEFORE =
  /(?:^| )(?:a|an|the|this|that|these|those|what|which|whatever|some|any|every|each|no|one|same|other|another|right|wrong|different|new|similar|specific|particular|certain|exact|best|worst|usual|perfect|ideal|only|first|his|her|its|our|their|my|your|whose|all|many|two|three|several|what's)$/;

/** Words after a hedge word that make it no hedge. */
export const NOT_A_HEDGE_AFTER: Readonly<Record<string, RegExp>> = {
  think: /^ (?:of|about|through|over|back|ahead|twice|so highly|highly|the world|very highly|a lot)\b/,
  believe: /^ (?:in|me|it or not)\b/,
  feel: /^ (?!(?:i|we|it|this|that|you|they|there|the|our|my|your|he|she|everything|something|nothing|like|that|as)\b)/,
  might: /^ (?:you|as well|want to|like to)\b/,
  bit: /^ (?:of|more|less|further|worse|behind|ahead|extra|[a-z]{2,}er)\b/,
};

/** Subjects before "might" that make it advice or a possibility for the reader ("you might"). */
export const READER_BEFORE_MIGHT = / (?:you|your team|you all|you guys|they|it)$/;
