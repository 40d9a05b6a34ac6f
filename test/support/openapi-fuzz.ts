import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
export interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** What the fuzzer knows about the live services: real ids make requests reach past the 404s. */
export interface FuzzContext {
  doc: OpenApiDoc;
  /** Values for a path parameter or a uuid field, by name (`id`, `table`, …) and `uuid`. */
  known: Record<string, string[]>;
  /** Headers with the right credentials, other valid but weaker ones, and wrong ones. */
  auth: { right: Record<string, string>; weaker: Record<string, string>[]; wrong: Record<string, string>[] };
}

/** One generated request, printed short when fast-check reports a counterexample. */
export class FuzzRequest {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly headers: Record<string, string>,
    readonly body: Buffer | undefined,
  ) {}

  [fc.toStringMethod](): string {
    const body =
      this.body === undefined ? '' : ` body(${this.body.length} B)=${JSON.stringify(this.body.subarray(0, 300).toString('latin1'))}`;
    return `${this.method} ${this.path.slice(0, 300)} headers=${JSON.stringify(Object.keys(this.headers))}${body}`;
  }
}

/** Marker replaced by invalid UTF-8 bytes after JSON.stringify (JSON itself cannot carry them). */
const BAD_UTF8 = '\u0001BAD-UTF8\u0001';
const HUGE = 'h'.repeat(100_000);

/** Values that are wrong for almost any field: wrong types, NUL, lone surrogates, huge text. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'a\0b',
    '\0',
    'x\ud800y',
    '\udfff',
    BAD_UTF8,
    HUGE,
    '',
    ' ',
    '-1',
    '1e999',
    'null',
    '../../etc/passwd',
    "'; DROP TABLE run; --",
  ),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, [], {}, [null], { a: { b: {} } }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

export function resolve(doc: OpenApiDoc, schema: Schema): Schema {
  let s = schema;
  while (s.$ref) s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')];
  if (s.allOf?.length === 1) return { ...resolve(doc, s.allOf[0]), ...s, allOf: undefined };
  return s;
}

/** A value of the shape the schema describes (what a correct client sends). */
export function validValue(ctx: FuzzContext, schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(ctx.doc, schema);
  const variants = s.oneOf ?? s.anyOf;
  if (variants) return fc.oneof(...variants.map((v) => validValue(ctx, v, name, depth)));
  const value = shaped(ctx, s, name, depth);
  return s.nullable ? fc.option(value, { nil: null }) : value;
}

function shaped(ctx: FuzzContext, s: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'integer':
    case 'number': {
      const min = s.minimum ?? -1000;
      const max = Math.min(s.maximum ?? min + 1_000_000, min + 1_000_000);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(validValue(ctx, s.items ?? {}, name, depth + 1), { maxLength: 3 });
    case 'object':
    case undefined:
      if (!s.properties)
        return depth > 4 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 });
      return objectValue(ctx, s, depth);
    default:
      return text(ctx, s, name);
  }
}

function objectValue(ctx: FuzzContext, s: Schema, depth: number): fc.Arbitrary<unknown> {
  const required = new Set(s.required ?? []);
  const entries = Object.entries(s.properties ?? {}).map(([key, prop]) => {
    const value = validValue(ctx, prop, key, depth + 1);
    return [key, required.has(key) ? value.map((v) => [v]) : fc.option(value.map((v) => [v]))] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((record) => {
    const out: Record<string, unknown> = {};
    for (const [key, boxed] of Object.entries(record)) if (boxed) out[key] = (boxed as unknown[])[0];
    return out;
  });
}

/** The least length a pattern like `^[0-9a-f]{64}$` demands (its largest fixed repetition), as a lower bound for the generator. */
function minPatternLength(pattern: string): number {
  return Math.max(0, ...[...pattern.matchAll(/\{(\d+)(?:,\d*)?\}/g)].map((m) => Number(m[1])));
}

function text(ctx: FuzzContext, s: Schema, name: string): fc.Arbitrary<string> {
  const known = ctx.known[name] ?? (s.format === 'uuid' ? ctx.known.uuid : undefined);
  const generated =
    s.format === 'uuid'
      ? fc.uuid()
      : s.format === 'uri'
        ? fc.webUrl()
        : s.format === 'date-time'
          ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
          : s.pattern
            ? // maxLength is a fast-check hint that must not be below a fixed-length pattern (a 64-digit hash).
              fc
                .stringMatching(new RegExp(s.pattern), { maxLength: Math.max(40, s.maxLength ?? 0, minPatternLength(s.pattern)) })
                .filter((v) => v.length <= (s.maxLength ?? 1e9))
            : fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 30) });
  return known?.length ? fc.oneof(fc.constantFrom(...known), generated) : generated;
}

/** A valid-shaped value with one wrong spot: a bad value somewhere, a field dropped, or an unknown field added. */
export function mutatedValue(ctx: FuzzContext, schema: Schema): fc.Arbitrary<unknown> {
  return fc
    .tuple(validValue(ctx, schema), badValue, fc.nat(), fc.constantFrom('replace', 'drop', 'extra'))
    .map(([value, bad, pick, how]) => mutate(value, bad, pick, how));
}

/**
 * A valid value with one bad character in one of its strings: the right type and length, so it
 * gets past the DTO to the code (and database) behind it.
 */
export function taintedValue(ctx: FuzzContext, schema: Schema): fc.Arbitrary<unknown> {
  return fc
    .tuple(validValue(ctx, schema), fc.nat(), fc.constantFrom('\0', '\0', '\ud800', BAD_UTF8), fc.nat())
    .map(([value, pick, bad, at]) => {
      const strings = spotsOf(value).filter((s) => typeof (s.parent as Record<string | number, unknown>)[s.key] === 'string');
      if (strings.length === 0) return value;
      const { parent, key } = strings[pick % strings.length];
      const text = (parent as Record<string | number, string>)[key];
      const i = at % (text.length + 1);
      (parent as Record<string | number, string>)[key] = text.slice(0, i) + bad + text.slice(i);
      return value;
    });
}

type Spot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function spotsOf(value: unknown): Spot[] {
  const spots: Spot[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((c, i) => {
        spots.push({ parent: v, key: i });
        walk(c);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) {
        spots.push({ parent: v as Record<string, unknown>, key: k });
        walk(c);
      }
    }
  };
  walk(value);
  return spots;
}

function mutate(value: unknown, bad: unknown, pick: number, how: string): unknown {
  const spots = spotsOf(value);
  const objects = [value, ...spots.map((s) => (s.parent as Record<string, unknown>)[s.key as string])].filter(
    (v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v),
  );
  if (how === 'extra' && objects.length > 0) objects[pick % objects.length][`unknown${pick % 7}`] = bad;
  else if (spots.length === 0) return bad;
  else {
    const spot = spots[pick % spots.length];
    if (how === 'drop' && !Array.isArray(spot.parent)) delete spot.parent[spot.key as string];
    else (spot.parent as Record<string | number, unknown>)[spot.key] = bad;
  }
  return value;
}

/** Path segments and query values that are wrong on the wire, before any parsing. */
const junkSegment = fc.oneof(
  fc.constantFrom('%ff', '%c3%28', '%zz', '%', '%00', 'a%00b', '%ed%a0%80', '%2e%2e', '%2F', 'x'.repeat(5000), '%20', '-1', '0', 'null'),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent),
);

function encoded(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  // A lone surrogate has no UTF-8 form: send the bytes a careless encoder (CESU-8) would.
  if (!s.isWellFormed()) return '%ed%a0%80';
  return encodeURIComponent(s).replace(encodeURIComponent(BAD_UTF8), '%c3%28');
}

function pathArb(ctx: FuzzContext, template: string, params: Parameter[]): fc.Arbitrary<string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const parts = names.map((name) => {
    const schema = params.find((p) => p.in === 'path' && p.name === name)?.schema ?? { type: 'string' };
    const good = ctx.known[name]?.length
      ? fc.oneof(fc.constantFrom(...ctx.known[name]), fc.uuid()).map(encodeURIComponent)
      : validValue(ctx, schema, name).map(encoded);
    return fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junkSegment });
  });
  return fc.tuple(...parts).map((values) => names.reduce((path, name, i) => path.replace(`{${name}}`, values[i]), template));
}

function queryArb(ctx: FuzzContext, params: Parameter[]): fc.Arbitrary<string> {
  const declared = params.filter((p) => p.in === 'query');
  const pairs = declared.map((p) => {
    const schema = resolve(ctx.doc, p.schema ?? { type: 'string' });
    // Long-polls: a valid waitSeconds is 0 or 1, so the fuzz never holds a request open for a minute.
    const good = p.name === 'waitSeconds' ? fc.constantFrom(0, 1) : validValue(ctx, schema, p.name);
    const value = fc.oneof(
      { weight: 3, arbitrary: good.map(encoded) },
      { weight: 1, arbitrary: badValue.map(encoded) },
      { weight: 1, arbitrary: junkSegment },
    );
    return fc.option(
      value.map((v) => `${encodeURIComponent(p.name)}=${v}`),
      { freq: 3 },
    );
  });
  // An unknown or broken extra parameter now and then; often, it would hide every other finding behind its 400.
  const extra = fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('limit', 'offset', 'junk', '%ff', 'a%00'), junkSegment).map(([k, v]) => `${k}=${v}`) },
  );
  return fc.tuple(fc.tuple(...pairs), extra).map(([list, more]) => {
    const all = [...list, more].filter((x): x is string => typeof x === 'string');
    return all.length ? `?${all.join('&')}` : '';
  });
}

function toBuffer(value: unknown): Buffer {
  const text = JSON.stringify(value) ?? 'null';
  // JSON.stringify escapes the marker's control characters: split on its escaped form.
  const parts = text.split(JSON.stringify(BAD_UTF8).slice(1, -1));
  return Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [Buffer.from(p)] : [Buffer.from([0xc3, 0x28]), Buffer.from(p)])));
}

/** Bodies no route should take: not JSON, not an object, invalid UTF-8, too large. */
const junkBody: fc.Arbitrary<{ body: Buffer; type: string }> = fc.oneof(
  fc
    .constantFrom('{', '[]', '"text"', '42', 'null', '{"a":1}{', '{}', '{"__proto__":{"x":1}}')
    .map((s) => ({ body: Buffer.from(s), type: 'application/json' })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({ body: Buffer.from(b), type: 'application/json' })),
  fc
    .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml')
    .map((type) => ({ body: Buffer.from('a=1&b=2'), type })),
  fc.constant(0).map(() => ({ body: Buffer.alloc(1_100_000, 0x20), type: 'application/json' })),
);

function bodyArb(ctx: FuzzContext, op: Operation): fc.Arbitrary<{ body: Buffer; type: string } | undefined> {
  const schema = op.requestBody?.content['application/json']?.schema;
  if (!schema) return fc.option(junkBody, { freq: 4, nil: undefined });
  const json = (arb: fc.Arbitrary<unknown>) => arb.map((v) => ({ body: toBuffer(v), type: 'application/json' }));
  return fc.oneof(
    { weight: 3, arbitrary: json(validValue(ctx, schema)) },
    { weight: 4, arbitrary: json(taintedValue(ctx, schema)) },
    { weight: 3, arbitrary: json(mutatedValue(ctx, schema)) },
    { weight: 1, arbitrary: junkBody },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Requests for one operation: shaped by the spec, mostly with the right credentials. */
export function requestArb(ctx: FuzzContext, method: string, template: string, op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const auth = fc.oneof(
    { weight: 16, arbitrary: fc.constant(ctx.auth.right) },
    ...[...ctx.auth.weaker, ...ctx.auth.wrong, {}].map((h) => ({ weight: 1, arbitrary: fc.constant(h) })),
  );
  return fc
    .tuple(pathArb(ctx, template, params), queryArb(ctx, params), bodyArb(ctx, op), auth)
    .map(
      ([path, query, body, headers]) =>
        new FuzzRequest(
          method.toUpperCase(),
          `${path}${query}`,
          { ...headers, ...(body ? { 'Content-Type': body.type } : {}) },
          body?.body,
        ),
    );
}
