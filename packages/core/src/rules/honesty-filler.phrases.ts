/**
 * Phrase data for `honesty-filler` (RULES.md "Category: hedging / weak wording"), in the
 * pattern language of text/pattern.ts. Matching runs on the normalised sentence, so
 * "I'm", "Im" and "I’m" all read "i am", and "won't" reads "will not".
 */

const INTENSIFIER = '[perfectly|completely|totally|brutally|really|quite|very|fully|100 %|one hundred percent|entirely|super|dead]';

/** Tee-ups that are fillers wherever they stand ("in all honesty"). */
export const ANYWHERE = [
  'in all (honesty|candor|candour|frankness|seriousness|truthfulness)',
  'truth be told',
  `if i am [being] ${INTENSIFIER} (honest|frank|candid|truthful|blunt) [with you|with myself]`,
  `if i (can|may|could) be ${INTENSIFIER} (honest|frank|candid|blunt) [with you]`,
  'tbh',
  'tbqh',
  'ngl',
  'honest to (god|goodness)',
];

/** Tee-ups that count only at the start of a clause ("to be honest", not "I want you to be honest"). */
export const CLAUSE_START = [
  `to be ${INTENSIFIER} (honest|frank|candid|blunt|truthful|straight|transparent) [with you|with ya|here]`,
  'in (truth|all truth|all truthfulness)',
  'to (tell|say) [you] the [honest|plain|simple] truth',
  'to (speak|put it) [very|quite] (frankly|honestly|bluntly|candidly|plainly)',
  'the [honest|plain|simple|sad|hard] truth is [that]',
  '(honestly|frankly|truthfully|candidly) speaking',
  'speaking (honestly|frankly|truthfully|candidly)',
  '[i am] not (gonna|going to) lie',
  '(just|only) (saying|sayin)',
];

/** Tee-ups that must close their clause ("I'll be honest:", not "I'll be honest about the budget"). */
export const CLAUSE_END = [
  `(i will|let me|let us|i must|i have to|i need to|i got to|i gotta|i have got to|i am going to|i am gonna|i should) be ${INTENSIFIER} (honest|frank|candid|blunt|straight|upfront) [with you|here]`,
  'i (can not|will not) lie [to you]',
  'i am [only|simply] (just|only) (saying|sayin)',
];

/** Tee-ups that must stand as a clause of their own: "Being honest, …", not "being honest with clients". */
export const STANDALONE = [`being ${INTENSIFIER} (honest|frank|candid|blunt|truthful)`];

/** Emphatic adverbs of honesty; the manner sense ("answer honestly") is excluded in code. */
export const ADVERBS = [
  '[quite|very|most|just|perfectly|totally|completely|brutally|pretty] (honestly|frankly|truthfully|candidly) [though]',
];

/** "In fact" and "actually" as openers, and "I actually wanted". */
export const FACTUALITY_OPENERS = ['in fact', 'as a matter of fact', 'actually', 'in actual fact'];
export const ACTUALLY_I = [
  '(i|we) [was|were|am|are|do|did|would|really] actually (want~|need~|wonder~|hope~|wish~|write~|reach~ out|email~|wanted to|would like)',
];

/** Fillers of emphasis. */
export const LITERALLY = ['literally'];

/** Tokens that may stand before a clause-initial tee-up (besides the start of the sentence). */
export const CLAUSE_LEAD =
  /(?:^|\s(?:,|;|:|-|–|—|\(|"|“|\.\.\.|and|but|so|because|cause|cuz|though|although|yet|or|well|also|plus|oh|ok|okay|now|anyway|anyways|um|uh|hi|hey|look|listen|since|as|while|whereas|mean|then|again|still|tbh|lol|haha))$/;

/** Words that may stand at the start of a sentence before "In fact," / "Actually,". */
export const SENTENCE_LEAD = /^(?:\s(?:,|-|–|—|\(|"|“|and|but|so|oh|well|also|ok|okay|now|hi|hey|um|uh|yes|yeah|no))*$/;

/** "Actually" that corrects or updates something just said is not a filler. */
export const CORRECTION_AFTER =
  /^(?: ,)? (?:i meant|i mean|make (?:that|it)|scratch that|correction|wait|i was (?:referring|talking|thinking of)|never mind|nevermind|on second thought|one more|ignore|let us|can we|could we|i can (?:also )?(?:do|make)|(?:that|it) should (?:be|read|say)|the (?:date|time|meeting|call|address|amount|number|total) is|no\b)/;

/** "In fact, as I said…" belongs to already-told-you (RULES.md §6.5). */
export const AS_I_SAID_AFTER =
  /^(?: ,)? as (?:i|we) (?:have |had )?(?:already |previously |just )?(?:said|mentioned|noted|stated|wrote|written|explained|pointed out|told you|discussed|indicated)|^(?: ,)? as (?:previously|already|per)\b/;

/** Verbs whose manner the adverb describes ("answer honestly", "take it literally"). */
export const MANNER_VERB =
  / (?:answer\w*|spoke|speak\w*|talk\w*|tell\w*|told|respond\w*|repl\w*|deal\w*|dealt|act|acts|acted|acting|behav\w*|report\w*|communicat\w*|shar\w*|assess\w*|review\w*|disclos\w*|compet\w*|earn\w*|liv\w*|discuss\w*|admit\w*|sa(?:y|ys|id|ying)|writ\w*|wrote|explain\w*|describ\w*|rat\w*|evaluat\w*|give|gave|given|giving|critique\w*)(?: [\w']+){0,3}$/;
export const LITERAL_MANNER =
  / (?:tak\w*|took|interpret\w*|read\w*|translat\w*|mean|meant|means|understood|understand\w*|quot\w*|minded)(?: [\w']+){0,4}$/;
