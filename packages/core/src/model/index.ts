/**
 * The learned tone model (docs/model.md). The weights are decoded on first use, so
 * importing this module costs nothing until a rule asks for a score.
 */
import { ToneModel } from './model.js';
import { TONE_MODEL } from './weights.js';

export { type Evidence, ToneModel, type ToneModelData } from './model.js';

let cached: ToneModel | undefined;

/** The shipped model, decoded once. */
export function toneModel(): ToneModel {
  cached ??= ToneModel.fromData(TONE_MODEL);
  return cached;
}
