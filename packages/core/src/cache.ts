/**
 * Parsing results cached by the text they came from, for two lints: the language server
 * re-lints a document on every keystroke, and an edit leaves most chunks, paragraphs and
 * sentences as they were, so the second lint reuses them. Whatever the last two lints did not
 * use is dropped, so a stream of new messages (the CLI, a benchmark) keeps almost nothing
 * alive: long-lived caches would cost more in garbage collection than they save.
 */
const caches: RecentCache<unknown, unknown>[] = [];

/** Starts a new lint: entries not used since the previous one are forgotten. */
export function nextLint(): void {
  for (const cache of caches) cache.rotate();
}

/** Empties every cache: for measurements that must see the cost of a first lint. */
export function clearCaches(): void {
  for (const cache of caches) cache.clear();
}

export class RecentCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor() {
    caches.push(this);
  }

  get(key: K): V | undefined {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value !== undefined) this.current.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.current.set(key, value);
  }

  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
