// The `fields` parameter of a Google REST call (partial response): parse a mask, keep only what it selects.
//
// Syntax (https://developers.google.com/docs/api/how-tos/performance#partial
// and the system parameters of Google APIs): fields separated by commas,
// `a/b` for a sub-field, `a(b,c)` for several sub-fields, `*` for all.
// The emulator is stricter than Google in one way: a field name it does not
// produce (e.g. `documentStyle`, `namedStyles`) is refused instead of
// silently answered with nothing, so code cannot rely on data we do not model.

/** A parsed mask: each selected name and what is selected below it (null: everything). */
export type FieldMask = Map<string, FieldMask | null>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*|^\*/;

/**
 * Parses a fields mask.
 * @throws Error with the REST API's "Invalid field selection" wording on bad syntax.
 */
export function parseFieldMask(mask: string): FieldMask {
  let at = 0;
  const fail = (): never => {
    throw new Error(
      `GoogleJsonResponseException: API call to docs.documents.get failed with error: Invalid field selection ${mask}`,
    );
  };
  const parseList = (): FieldMask => {
    const out: FieldMask = new Map();
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const match = NAME.exec(mask.slice(at));
        if (!match) fail();
        path.push(match![0]);
        at += match![0].length;
        if (mask[at] !== '/') break;
        at++;
      }
      let below: FieldMask | null = null;
      if (mask[at] === '(') {
        at++;
        below = parseList();
        if (mask[at] !== ')') fail();
        at++;
      }
      merge(out, path, below);
      if (mask[at] !== ',') return out;
      at++;
    }
  };
  const parsed = parseList();
  if (at !== mask.length) fail();
  return parsed;
}

function merge(into: FieldMask, path: string[], below: FieldMask | null): void {
  const [head, ...rest] = path;
  if (!rest.length) {
    const existing = into.get(head);
    if (existing === null || below === null) into.set(head, null);
    else if (existing) for (const [k, v] of below) merge(existing, [k], v);
    else into.set(head, below);
    return;
  }
  let next = into.get(head);
  if (next === null) return;
  if (!next) {
    next = new Map();
    into.set(head, next);
  }
  merge(next, rest, below);
}

/** Every name in the mask, at any depth. */
function namesOf(mask: FieldMask, out: Set<string> = new Set()): Set<string> {
  for (const [name, below] of mask) {
    out.add(name);
    if (below) namesOf(below, out);
  }
  return out;
}

/**
 * Refuses a mask naming a field the emulator never produces.
 * @throws Error naming the field.
 */
export function checkKnownFields(
  mask: FieldMask,
  known: ReadonlySet<string>,
): void {
  for (const name of namesOf(mask)) {
    if (name !== '*' && !known.has(name)) {
      throw new Error(
        `GoogleJsonResponseException: API call to docs.documents.get failed with error: Invalid field selection ${name} (the emulator does not model this field)`,
      );
    }
  }
}

/** The parts of `value` the mask selects; arrays are filtered element by element. */
export function applyFieldMask(
  value: unknown,
  mask: FieldMask | null,
): unknown {
  if (mask === null || value === null || typeof value !== 'object')
    return value;
  if (Array.isArray(value))
    return value.map(item => applyFieldMask(item, mask));
  const source = value as Record<string, unknown>;
  const star = mask.get('*');
  const out: Record<string, unknown> = {};
  // One lookup a key, no key array: this runs over every node of every answer.
  for (const key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    // A named field's entry is a mask or null, never undefined.
    const named = mask.get(key);
    const selected = named === undefined ? star : named;
    if (selected === undefined) continue;
    out[key] = applyFieldMask(source[key], selected);
  }
  return out;
}

/**
 * JSON.stringify(applyFieldMask(value, mask)), written in one pass: no
 * masked copy of a whole document is built only to be serialized (that copy
 * was most of a big document's Documents.get).
 */
export function maskedJson(value: unknown, mask: FieldMask | null): string {
  if (mask === null || value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i) out += ',';
      // As JSON.stringify writes an array's undefined item.
      out += value[i] === undefined ? 'null' : maskedJson(value[i], mask);
    }
    return out + ']';
  }
  const source = value as Record<string, unknown>;
  const star = mask.get('*');
  let out = '{';
  for (const key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    const named = mask.get(key);
    const selected = named === undefined ? star : named;
    const item = source[key];
    // JSON.stringify leaves out undefined properties.
    if (selected === undefined || item === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + maskedJson(item, selected);
  }
  return out + '}';
}

/**
 * True when two JSON-like values serialize alike (key order aside): what
 * comparing their JSON.stringify says, stopping at the first difference
 * without writing either.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    // An undefined item is written as null.
    for (let i = 0; i < a.length; i++) {
      if (!sameJsonValue(a[i] ?? null, b[i] ?? null)) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    count++;
    if (!sameJsonValue(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}
