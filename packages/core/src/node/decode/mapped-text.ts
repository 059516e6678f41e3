/**
 * Text decoded from a file (an e-mail body, the words of an HTML page), with the place in
 * the file each of its code units came from, so that findings on the decoded text can be
 * put back where a person sees them in the file.
 */

/**
 * How an edit of decoded text may be written back into the file:
 * - `plain`: the file holds the text as it is (any replacement is fine);
 * - `qp`: quoted-printable (the replacement must be printable ASCII without `=`, and keep
 *   lines within 76 characters);
 * - `html`: HTML text (the replacement is escaped);
 * - `none`: encoded (base64, entities, text the decoder made up): no edit.
 */
export type EditPolicy = 'plain' | 'qp' | 'html' | 'none';

const POLICIES: readonly EditPolicy[] = ['none', 'plain', 'qp', 'html'];
const PLAIN = 1;

/** Decoded text and, for each of its code units, the range of the file it came from. */
export class MappedText {
  private readonly parts: string[] = [];
  private from: Int32Array = new Int32Array(64);
  private to: Int32Array = new Int32Array(64);
  private policy: Uint8Array = new Uint8Array(64);
  private size = 0;
  /** Tells whether the file's range [start, end) is a quoted-printable soft line break. */
  softBreak?: (start: number, end: number) => boolean;

  get length(): number {
    return this.size;
  }

  /** Text found as it is in the file at `start`. */
  verbatim(text: string, start: number, policy: Exclude<EditPolicy, 'none'> = 'plain'): void {
    this.reserve(text.length);
    const p = POLICIES.indexOf(policy);
    for (let i = 0; i < text.length; i++) {
      this.from[this.size] = start + i;
      this.to[this.size] = start + i + 1;
      this.policy[this.size] = p;
      this.size++;
    }
    this.parts.push(text);
  }

  /**
   * Text that stands for the file's range [start, end) without being written there as it is:
   * a character reference, a run of white space, a quoted-printable escape. With a policy,
   * the whole range may be replaced (never a part of it); without, it cannot be edited.
   */
  mapped(text: string, start: number, end: number, policy: EditPolicy = 'none'): void {
    this.reserve(text.length);
    const p = POLICIES.indexOf(policy);
    for (let i = 0; i < text.length; i++) {
      this.from[this.size] = start;
      this.to[this.size] = end;
      this.policy[this.size] = p;
      this.size++;
    }
    this.parts.push(text);
  }

  /** The last code unit added, or '' when there is none. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i] as string;
      if (part.length > 0) return part[part.length - 1] as string;
    }
    return '';
  }

  text(): string {
    const text = this.parts.join('');
    this.parts.length = 0;
    this.parts.push(text);
    return text;
  }

  /** The file range that the decoded range [start, end) came from. */
  range(start: number, end: number): { start: number; end: number } {
    if (this.size === 0) return { start: 0, end: 0 };
    if (end <= start) {
      const at = start < this.size ? (this.from[start] as number) : (this.to[this.size - 1] as number);
      return { start: at, end: at };
    }
    const s = Math.min(start, this.size - 1);
    const e = Math.min(end, this.size) - 1;
    return { start: this.from[s] as number, end: Math.max(this.to[e] as number, this.from[s] as number) };
  }

  /**
   * How an edit of the decoded range [start, end) can be written into the file: the file
   * range and the policy, or undefined when the range is not the file's text as it is.
   */
  editable(start: number, end: number): { start: number; end: number; policy: EditPolicy } | undefined {
    if (start < 0 || end > this.size || end < start) return undefined;
    if (end === start) {
      // An insertion: beside a code unit that is in the file as it is.
      const before = start > 0 ? start - 1 : -1;
      const after = start < this.size ? start : -1;
      if (before >= 0 && this.policy[before] !== 0) {
        const at = this.to[before] as number;
        return { start: at, end: at, policy: POLICIES[this.policy[before] as number] as EditPolicy };
      }
      if (after >= 0 && this.policy[after] !== 0) {
        const at = this.from[after] as number;
        return { start: at, end: at, policy: POLICIES[this.policy[after] as number] as EditPolicy };
      }
      return undefined;
    }
    const p = this.policy[start] as number;
    if (p === 0) return undefined;
    // A character that stands for a longer range (a reference) is replaced whole or not at all.
    if (start > 0 && this.from[start - 1] === this.from[start] && this.to[start - 1] === this.to[start]) return undefined;
    if (end < this.size && this.from[end] === this.from[end - 1] && this.to[end] === this.to[end - 1]) return undefined;
    for (let i = start; i < end; i++) {
      if (this.policy[i] !== p) return undefined;
      if (i > start && this.from[i] !== this.to[i - 1] && !(this.from[i] === this.from[i - 1] && this.to[i] === this.to[i - 1])) {
        // Gaps hold markup or encoding: only a quoted-printable soft line break may be replaced.
        if (!(POLICIES[p] === 'qp' && this.softBreak?.(this.to[i - 1] as number, this.from[i] as number))) return undefined;
      }
    }
    return { start: this.from[start] as number, end: this.to[end - 1] as number, policy: POLICIES[p] as EditPolicy };
  }

  /** Appends another mapped text as it is. */
  append(other: MappedText): void {
    const text = other.text();
    this.reserve(text.length);
    this.from.set(other.from.subarray(0, other.size), this.size);
    this.to.set(other.to.subarray(0, other.size), this.size);
    this.policy.set(other.policy.subarray(0, other.size), this.size);
    this.size += other.size;
    this.parts.push(text);
  }

  /**
   * Appends `inner`, whose ranges are offsets in `outer`'s text, mapped through `outer` to
   * the file: an HTML part read from a decoded e-mail body, for example.
   */
  appendThrough(inner: MappedText, outer: MappedText): void {
    const text = inner.text();
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) {
      const f = inner.from[i] as number;
      const t = inner.to[i] as number;
      const r = outer.range(f, t);
      const innerPolicy = inner.policy[i] as number;
      const outerEdit = innerPolicy !== 0 ? outer.editable(f, t) : undefined;
      const outerPolicy = outerEdit ? POLICIES.indexOf(outerEdit.policy) : 0;
      this.from[this.size] = r.start;
      this.to[this.size] = r.end;
      // Only text that is in the file as it is at both levels can be edited; plain text
      // takes the other level's policy, and two encodings on top of each other none.
      this.policy[this.size] = outerPolicy === PLAIN ? innerPolicy : innerPolicy === PLAIN ? outerPolicy : 0;
      this.size++;
    }
    this.parts.push(text);
  }

  private reserve(extra: number): void {
    const need = this.size + extra;
    if (need <= this.from.length) return;
    let capacity = this.from.length * 2;
    while (capacity < need) capacity *= 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, this.size));
      return b;
    };
    this.from = grow(this.from, (n) => new Int32Array(n));
    this.to = grow(this.to, (n) => new Int32Array(n));
    this.policy = grow(this.policy, (n) => new Uint8Array(n));
  }
}
