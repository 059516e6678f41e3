/**
 * compromise, loaded on first use and bundled into the server. Core calls the function it is
 * given; this one loads the real library the first time it is called (or when `preloadNlp`
 * runs in idle time), so that start-up does not pay for it.
 */
import { setNlp } from '@tactful/core';

type Nlp = Parameters<typeof setNlp>[0];

let real: Nlp | undefined;

function load(): Nlp {
  if (!real) {
    // A `require` (not an import) so that the bundler keeps the module lazy: it runs only here.
    const mod = require('compromise/two') as Nlp | { default: Nlp };
    real = typeof mod === 'function' ? mod : mod.default;
  }
  return real;
}

let installed = false;

/** Gives core a compromise that loads on first use. */
export function installLazyNlp(): void {
  if (installed) return;
  installed = true;
  // An arrow function has no `prototype`, so the proxy can forward every property.
  const target = (() => undefined) as unknown as Nlp;
  setNlp(
    new Proxy(target, {
      apply: (_target, thisArg, args) => Reflect.apply(load(), thisArg, args),
      get: (_target, key) => Reflect.get(load(), key),
    }),
  );
}

/** Loads compromise now (call it when idle). */
export function preloadNlp(): void {
  load();
}
