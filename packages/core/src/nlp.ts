import type nlpType from 'compromise/two';

/**
 * compromise's entry function: its tagger build (`compromise/two`), which gives the
 * part-of-speech tags the rules read, without the phrase and entity layers they do not use.
 */
export type Nlp = typeof nlpType;

let loaded: Nlp | undefined;

/**
 * Provides compromise. The browser entry registers its static import here; on Node it is
 * required on first use, so importing Tactful does not pay compromise's start-up cost.
 */
export function setNlp(nlp: Nlp): void {
  loaded = nlp;
}

interface ProcessWithBuiltins {
  getBuiltinModule?: (id: string) => { createRequire(url: string): (id: string) => unknown } | undefined;
}

export function getNlp(): Nlp {
  if (loaded) return loaded;
  const proc = (globalThis as { process?: ProcessWithBuiltins }).process;
  const moduleApi = proc?.getBuiltinModule?.('module');
  if (!moduleApi) {
    throw new Error('@tactful/core: compromise is not loaded. Import "@tactful/core" through its browser entry, or call setNlp(nlp).');
  }
  const mod = moduleApi.createRequire(import.meta.url)('compromise/two') as Nlp | { default: Nlp };
  loaded = typeof mod === 'function' ? mod : mod.default;
  return loaded;
}
