import type { Rule } from '../rule.js';
import blameForSilence from './blame-for-silence.js';
import missingReminder from './missing-reminder.js';
import needlessApology from './needless-apology.js';

/** Every rule, in the order they run. */
export const ruleList: readonly Rule[] = [blameForSilence, needlessApology, missingReminder] as readonly Rule[];
