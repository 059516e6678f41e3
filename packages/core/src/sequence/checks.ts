/** The cadence checks of RULES.md §2.4: ids, default severities and one-line descriptions. */
import { DOCS_BASE } from '../docs-url.js';
import type { Severity } from '../types.js';

export interface CadenceCheck {
  id: string;
  defaultSeverity: Severity;
  description: string;
}

export const CADENCE_CHECKS = [
  {
    id: 'seq-structure',
    defaultSeverity: 'error',
    description: 'Flags sequences whose steps are out of order, duplicated, gapped or given offsets that cannot be read.',
  },
  { id: 'seq-no-timing', defaultSeverity: 'info', description: 'Flags sequence steps without a day, whose cadence cannot be checked.' },
  {
    id: 'seq-daily-cadence',
    defaultSeverity: 'error',
    description: 'Flags touches to the same person a day or less apart on one channel, or three touches within three days.',
  },
  {
    id: 'seq-too-soon',
    defaultSeverity: 'warning',
    description: "Flags a follow-up sent sooner than the cadence profile's minimum interval.",
  },
  {
    id: 'seq-first-follow-up-late',
    defaultSeverity: 'info',
    description: 'Flags a first e-mail follow-up more than two weeks after the first message.',
  },
  {
    id: 'seq-no-taper',
    defaultSeverity: 'info',
    description: 'Flags more than three weekly e-mail follow-ups in a row that never stretch to every couple of weeks.',
  },
  {
    id: 'seq-too-many-touches',
    defaultSeverity: 'warning',
    description: "Flags a sequence with more follow-ups than its profile's cap and no closing step.",
  },
  {
    id: 'seq-missing-close',
    defaultSeverity: 'warning',
    description: 'Flags a sequence of three or more follow-ups whose last step offers no graceful exit.',
  },
  { id: 'seq-close-too-early', defaultSeverity: 'info', description: 'Flags a closing message at the first or second follow-up.' },
  {
    id: 'seq-thank-you-late',
    defaultSeverity: 'warning',
    description: 'Flags a thank-you note sent more than a day after the meeting it thanks for.',
  },
  {
    id: 'seq-missing-check-in',
    defaultSeverity: 'info',
    description: 'Flags a networking sequence with no check-in between three and six weeks after the thank-you.',
  },
  {
    id: 'seq-repeated-content',
    defaultSeverity: 'info',
    description: 'Flags a follow-up that repeats an earlier step instead of bringing something new.',
  },
  {
    id: 'seq-single-channel',
    defaultSeverity: 'info',
    description: 'Flags a long sequence that always uses the same channel, weekday and time.',
  },
  {
    id: 'seq-fake-reply-subject',
    defaultSeverity: 'warning',
    description: 'Flags a first message whose subject pretends to be a reply or a forward.',
  },
  {
    id: 'seq-no-stop-condition',
    defaultSeverity: 'info',
    description: 'Flags an automated sequence that does not stop when the recipient replies or opts out.',
  },
  {
    id: 'seq-after-opt-out',
    defaultSeverity: 'error',
    description: 'Flags a follow-up sent after the recipient declined or asked to stop.',
  },
  {
    id: 'seq-group-thank-you',
    defaultSeverity: 'info',
    description: 'Flags a thank-you note addressed to several people at once instead of one note each.',
  },
] as const satisfies readonly CadenceCheck[];

export type CadenceCheckId = (typeof CADENCE_CHECKS)[number]['id'];

export function cadenceDocsUrl(id: string): string {
  return `${DOCS_BASE}/cadence/${id}.md`;
}
