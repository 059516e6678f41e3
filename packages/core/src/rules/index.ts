import type { Rule } from '../rule.js';
import alreadyToldYou from './already-told-you.js';
import bitterClose from './bitter-close.js';
import blameForSilence from './blame-for-silence.js';
import demandLanguage from './demand-language.js';
import didYouSeeMyEmail from './did-you-see-my-email.js';
import excessiveGratitude from './excessive-gratitude.js';
import excessivePunctuation from './excessive-punctuation.js';
import genericSalutation from './generic-salutation.js';
import guiltTrip from './guilt-trip.js';
import hedgeStack from './hedge-stack.js';
import honestyFiller from './honesty-filler.js';
import impliedNeediness from './implied-neediness.js';
import impliedPassiveAggression from './implied-passive-aggression.js';
import loadedReminder from './loaded-reminder.js';
import minimizer from './minimizer.js';
import missingNextStep from './missing-next-step.js';
import missingPermissionToClose from './missing-permission-to-close.js';
import missingReminder from './missing-reminder.js';
import needlessApology from './needless-apology.js';
import overContactSignal from './over-contact-signal.js';
import overlongFollowUp from './overlong-follow-up.js';
import pleading from './pleading.js';
import sarcasmSnark from './sarcasm-snark.js';
import selfDeprecation from './self-deprecation.js';
import shoutingCaps from './shouting-caps.js';
import surveillanceSignal from './surveillance-signal.js';
import ultimatum from './ultimatum.js';
import underminingTag from './undermining-tag.js';

/** Every rule, in the order they run. */
export const ruleList: readonly Rule[] = [
  blameForSilence,
  needlessApology,
  missingReminder,
  honestyFiller,
  shoutingCaps,
  excessivePunctuation,
  demandLanguage,
  ultimatum,
  overContactSignal,
  surveillanceSignal,
  underminingTag,
  alreadyToldYou,
  selfDeprecation,
  minimizer,
  pleading,
  hedgeStack,
  didYouSeeMyEmail,
  loadedReminder,
  sarcasmSnark,
  guiltTrip,
  excessiveGratitude,
  missingNextStep,
  missingPermissionToClose,
  bitterClose,
  overlongFollowUp,
  genericSalutation,
  // Fallbacks: run after the rules above (RuleMeta.fallback).
  impliedPassiveAggression,
  impliedNeediness,
] as readonly Rule[];
