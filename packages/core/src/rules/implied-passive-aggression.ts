import { toneRule } from '../model/tone-rule.js';

export default toneRule({
  id: 'implied-passive-aggression',
  category: 'passive-aggressive',
  toneClass: 'passive_aggressive',
  description: 'Flags sentences the tone model reads as passive-aggressive where no phrase rule already reports them.',
  conveys: 'passive-aggressive: a reproach implied rather than said (irony, score-keeping, pointed resignation)',
  advice: 'Say plainly what you need and by when.',
  rewrite: { description: 'Ask for the item plainly', text: 'Could you let me know where [specific item] stands?' },
});
