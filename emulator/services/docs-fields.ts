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
