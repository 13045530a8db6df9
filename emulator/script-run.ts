// google.script.run's rules for what crosses between page and server; pure, so the playground's browser bridge reuses it.

/** How deep arguments and results may nest before we call them circular. */
const MAX_DEPTH = 100;

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (value === undefined) return 'undefined';
  if (typeof value === 'symbol' || typeof value === 'bigint') {
    return `a ${typeof value}`;
  }
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === 'Date') return 'a Date';
  const node = value as {nodeType?: unknown; nodeName?: unknown};
  if (typeof node.nodeType === 'number') {
    return `a DOM node (${String(node.nodeName)})`;
  }
  const proto = Object.getPrototypeOf(value) as {
    constructor?: {name?: string};
  } | null;
  return `a ${proto?.constructor?.name || tag} object`;
}

/**
 * A plain object from any realm (the bundle runs in its own vm context, the
 * page in a browser): its prototype is null or some realm's Object.prototype.
 */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isPrimitive(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

/**
 * Checks one value may travel through google.script.run: primitives, null,
 * plain objects and arrays of them. Object properties that are undefined are
 * dropped in transit and allowed; undefined inside an array is not.
 * @throws Error naming the illegal value's path, e.g. `Failed due to illegal value in property: 0.when (a Date)`.
 */
export function checkScriptRunValue(value: unknown, path: string): void {
  const seen: object[] = [];
  const visit = (v: unknown, at: string, depth: number): void => {
    if (isPrimitive(v)) return;
    const fail = (): never => {
      throw new Error(
        `Failed due to illegal value in property: ${at} (${describe(v)})`,
      );
    };
    if (
      typeof v !== 'object' ||
      depth > MAX_DEPTH ||
      seen.includes(v as object)
    ) {
      fail();
    }
    seen.push(v as object);
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${at}.${i}`, depth + 1));
    } else if (isPlainObject(v)) {
      for (const key of Object.keys(v)) {
        if (v[key] !== undefined) visit(v[key], `${at}.${key}`, depth + 1);
      }
    } else {
      fail();
    }
    seen.pop();
  };
  visit(value, path, 0);
}

/**
 * Checks a call's arguments; a trailing or explicit undefined argument is
 * allowed (the server sees it as missing).
 */
export function checkScriptRunArgs(args: unknown[]): void {
  args.forEach((arg, i) => {
    if (arg !== undefined) checkScriptRunValue(arg, String(i));
  });
}

/** A deep copy of checked arguments, so the server never shares objects with the caller. */
export function copyScriptRunArgs(args: unknown[]): unknown[] {
  checkScriptRunArgs(args);
  return args.map(arg =>
    arg === undefined
      ? undefined
      : (JSON.parse(JSON.stringify(arg)) as unknown),
  );
}

/**
 * What the page receives of a server result: a Date becomes null, functions
 * and undefined properties are dropped, undefined or functions in arrays
 * become null, other objects keep their own enumerable properties.
 */
export function serializeScriptRunResult(value: unknown): unknown {
  const seen: object[] = [];
  const convert = (v: unknown, depth: number): unknown => {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') {
      return undefined;
    }
    if (typeof v === 'bigint') return null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v !== 'object' || v === null) return v;
    if (Object.prototype.toString.call(v) === '[object Date]') return null;
    if (depth > MAX_DEPTH || seen.includes(v)) return null;
    seen.push(v);
    let out: unknown;
    if (Array.isArray(v)) {
      out = v.map(item => {
        const converted = convert(item, depth + 1);
        return converted === undefined ? null : converted;
      });
    } else {
      const object: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const converted = convert(
          (v as Record<string, unknown>)[key],
          depth + 1,
        );
        if (converted !== undefined) object[key] = converted;
      }
      out = object;
    }
    seen.pop();
    return out;
  };
  const result = convert(value, 0);
  return result === undefined ? null : result;
}

/** A server error as the failure handler receives it: an Error carrying the message only. */
export function scriptRunFailure(err: unknown): Error {
  const message =
    err instanceof Error ||
    (typeof err === 'object' && err !== null && 'message' in err)
      ? String((err as {message: unknown}).message)
      : String(err);
  return new Error(message);
}

/**
 * Calls server function `name` as google.script.run would: private names
 * (ending in `_`) and unknown names fail, arguments are checked and copied,
 * the result is serialized, a thrown error arrives as an Error with its message.
 */
export function scriptRun(
  functions: Record<string, (...args: unknown[]) => unknown>,
  name: string,
  args: unknown[],
): unknown {
  if (
    name.endsWith('_') ||
    !Object.prototype.hasOwnProperty.call(functions, name)
  ) {
    throw new Error(`Script function not found: ${name}`);
  }
  const copied = copyScriptRunArgs(args);
  let result: unknown;
  try {
    result = functions[name](...copied);
  } catch (err) {
    throw scriptRunFailure(err);
  }
  return serializeScriptRunResult(result);
}
