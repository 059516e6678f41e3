/** Verb and noun forms for phrase patterns, so `reply~` matches reply, replies, replied and replying. */

const IRREGULAR: Record<string, string[]> = {
  be: ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'done', 'doing'],
  get: ['get', 'gets', 'got', 'gotten', 'getting'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  hear: ['hear', 'hears', 'heard', 'hearing'],
  come: ['come', 'comes', 'came', 'coming'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  send: ['send', 'sends', 'sent', 'sending'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  leave: ['leave', 'leaves', 'left', 'leaving'],
  make: ['make', 'makes', 'made', 'making'],
  find: ['find', 'finds', 'found', 'finding'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  keep: ['keep', 'keeps', 'kept', 'keeping'],
  hold: ['hold', 'holds', 'held', 'holding'],
  meet: ['meet', 'meets', 'met', 'meeting'],
  forget: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'],
  blow: ['blow', 'blows', 'blew', 'blown', 'blowing'],
  read: ['read', 'reads', 'reading'],
  sit: ['sit', 'sits', 'sat', 'sitting'],
  put: ['put', 'puts', 'putting'],
  let: ['let', 'lets', 'letting'],
  hate: ['hate', 'hates', 'hated', 'hating'],
  fall: ['fall', 'falls', 'fell', 'fallen', 'falling'],
  slip: ['slip', 'slips', 'slipped', 'slipping'],
  bring: ['bring', 'brings', 'brought', 'bringing'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
};

const VOWEL = /[aeiou]/;

/** Every form of a verb: base, third person, past and participle, gerund. */
export function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = new Set<string>([lemma]);
  const last = lemma.at(-1) ?? '';
  const prev = lemma.at(-2) ?? '';
  if (/(s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(prev)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWEL.test(prev)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) {
    // One-syllable consonant-vowel-consonant verbs double the last letter: nag, nagged.
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

/** Singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}
