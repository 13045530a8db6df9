// Non-overlapping attribute runs over a string (links, bold, colour), kept sorted and merged.

/** One run of an attribute value over [start, end) of the text. */
export interface Run<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * An attribute's value per character, stored as runs: unset characters have
 * no run, adjacent runs always differ in value, so every run edge is a real
 * change (what getTextAttributeIndices reports).
 */
export class SpanMap<T> {
  private runs: Run<T>[] = [];
  /**
   * True while `runs` is shared with a clone. Every edit but append builds a
   * new array of new runs, so clones share until one of them appends: a
   * snapshot of a big document (every save) then costs no run copies.
   */
  private shared = false;

  /** The value at `offset`, or null when unset. */
  at(offset: number): T | null {
    for (const run of this.runs) {
      if (run.start > offset) break;
      if (offset < run.end) return run.value;
    }
    return null;
  }

  /** Sets [start, end) to `value` (null clears it). */
  set(start: number, end: number, value: T | null): void {
    if (start >= end) return;
    const kept: Run<T>[] = [];
    for (const run of this.runs) {
      if (run.end <= start || run.start >= end) {
        kept.push(run);
        continue;
      }
      if (run.start < start) kept.push({...run, end: start});
      if (run.end > end) kept.push({...run, start: end});
    }
    if (value !== null) kept.push({start, end, value});
    this.runs = normalize(kept);
  }

  /** Opens a gap of `length` unset characters at `offset`, shifting later runs. */
  openGap(offset: number, length: number): void {
    const shifted: Run<T>[] = [];
    for (const run of this.runs) {
      if (run.end <= offset) shifted.push(run);
      else if (run.start >= offset) {
        shifted.push({
          ...run,
          start: run.start + length,
          end: run.end + length,
        });
      } else {
        shifted.push({...run, end: offset});
        shifted.push({
          start: offset + length,
          end: run.end + length,
          value: run.value,
        });
      }
    }
    this.runs = normalize(shifted);
  }

  /** Removes the characters [start, end), closing the gap. */
  remove(start: number, end: number): void {
    const length = end - start;
    const kept: Run<T>[] = [];
    for (const run of this.runs) {
      const from =
        run.start < start ? run.start : Math.max(start, run.start - length);
      const to = run.end <= start ? run.end : Math.max(start, run.end - length);
      if (run.end <= start || run.start >= end) {
        kept.push(run.start >= end ? {...run, start: from, end: to} : run);
      } else if (from < to) {
        kept.push({...run, start: from, end: to});
      }
    }
    this.runs = normalize(kept);
  }

  /**
   * Adds a run that starts at or after the end of the last one (building a
   * map left to right in linear time), merging it when it touches an equal one.
   * Only for building a new map: the Docs service trusts a document's runs
   * arrays never to change in place (services/docs.ts, frozenHolder).
   */
  append(start: number, end: number, value: T): void {
    if (start >= end) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.end > start) {
      throw new Error('SpanMap.append: runs must come in order');
    }
    if (this.shared) {
      this.runs = this.list();
      this.shared = false;
    }
    const tail = this.runs[this.runs.length - 1];
    if (tail && tail.end === start && tail.value === value) tail.end = end;
    else this.runs.push({start, end, value});
  }

  /** A copy of the runs, in order. */
  list(): Run<T>[] {
    return this.runs.map(run => ({...run}));
  }

  /** The runs themselves, in order, for reading without a copy: never change them. */
  view(): readonly Readonly<Run<T>>[] {
    return this.runs;
  }

  /** An independent copy (sharing the runs until either side appends). */
  clone(): SpanMap<T> {
    const copy = new SpanMap<T>();
    copy.runs = this.runs;
    copy.shared = this.shared = true;
    return copy;
  }
}

/** Sorts runs and merges neighbours that touch and carry the same value. */
function normalize<T>(runs: Run<T>[]): Run<T>[] {
  runs.sort((a, b) => a.start - b.start);
  const merged: Run<T>[] = [];
  for (const run of runs) {
    if (run.start >= run.end) continue;
    const last = merged[merged.length - 1];
    if (last && last.end === run.start && last.value === run.value) {
      last.end = run.end;
    } else {
      merged.push({...run});
    }
  }
  return merged;
}
