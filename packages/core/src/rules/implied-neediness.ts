import { toneRule } from '../model/tone-rule.js';

export default toneRule({
  id: 'implied-neediness',
  category: 'needy',
  toneClass: 'needy',
  description: 'Flags sentences the tone model reads as needy where no phrase rule already reports them.',
  conveys: 'needy: anxious for a reply, over-apologetic or asking for reassurance',
  advice: 'Name the one thing you need; the reader owes you no reassurance.',
  rewrite: { description: 'State the request without the plea', text: 'Could you confirm [specific request] by [date]?' },
});
