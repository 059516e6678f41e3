/** Contractions and apostrophe-less chat forms, expanded before matching (RULES.md §0.3). */
const CONTRACTION_LIST: Record<string, string> = {
  "i'm": 'i am',
  im: 'i am',
  "i've": 'i have',
  ive: 'i have',
  "i'll": 'i will',
  "i'd": 'i would',
  "you're": 'you are',
  youre: 'you are',
  "you've": 'you have',
  youve: 'you have',
  "you'll": 'you will',
  youll: 'you will',
  "you'd": 'you would',
  u: 'you',
  ya: 'you',
  ur: 'your',
  "y'all": 'you all',
  yall: 'you all',
  "we're": 'we are',
  "we've": 'we have',
  weve: 'we have',
  "we'll": 'we will',
  "we'd": 'we would',
  "they're": 'they are',
  theyre: 'they are',
  "they've": 'they have',
  theyve: 'they have',
  "they'll": 'they will',
  "they'd": 'they would',
  "he's": 'he is',
  "she's": 'she is',
  "it's": 'it is',
  "that's": 'that is',
  thats: 'that is',
  "there's": 'there is',
  theres: 'there is',
  "here's": 'here is',
  heres: 'here is',
  "what's": 'what is',
  whats: 'what is',
  "who's": 'who is',
  "let's": 'let us',
  lets: 'let us',
  "won't": 'will not',
  wont: 'will not',
  "can't": 'can not',
  cant: 'can not',
  cannot: 'can not',
  "shan't": 'shall not',
  "ain't": 'is not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  didnt: 'did not',
  dont: 'do not',
  doesnt: 'does not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  mustnt: 'must not',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  tx: 'thanks',
  ty: 'thank you',
  sry: 'sorry',
  soz: 'sorry',
};

export const CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries(CONTRACTION_LIST));

/** Expands a lower-cased token with straight apostrophes, or returns undefined. */
export function expandContraction(token: string): string | undefined {
  const known = CONTRACTIONS.get(token);
  if (known) return known;
  if (!token.includes("'")) return undefined;
  if (token.endsWith("n't")) return `${token.slice(0, -3)} not`;
  if (token.endsWith("'ve")) return `${token.slice(0, -3)} have`;
  if (token.endsWith("'re")) return `${token.slice(0, -3)} are`;
  if (token.endsWith("'ll")) return `${token.slice(0, -3)} will`;
  return undefined;
}
