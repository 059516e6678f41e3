/** Browser entry: bundlers pick it through the `browser` export condition. */
import nlp from 'compromise/two';
import { setNlp } from './nlp.js';

setNlp(nlp);

export * from './index.js';
