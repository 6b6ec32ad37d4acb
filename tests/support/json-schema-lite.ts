// A deliberately small JSON Schema (2020-12) checker for the keywords our export schema uses, so
// the shipped schema can be tested against the importer without a schema library. An unknown
// keyword throws: the schema cannot rely on something this checker silently ignores.
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set([
  '$ref', 'allOf', 'oneOf', 'type', 'const', 'enum', 'properties', 'required', 'additionalProperties',
  'items', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Returns the first error as "path: keyword", or undefined when `value` matches. */
export function checkSchema(root: Schema, value: unknown): string | undefined {
  const resolve = (ref: string): Schema => {
    const match = /^#\/\$defs\/([\w-]+)$/.exec(ref);
    const target = match ? (root.$defs as Record<string, Schema>)[match[1]!] : undefined;
    if (!target) throw new Error(`unsupported $ref ${ref}`);
    return target;
  };
  const check = (schema: Schema, node: unknown, path: string): string | undefined => {
    for (const key of Object.keys(schema)) if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`unsupported keyword ${key}`);
    const fail = (keyword: string) => `${path || '(root)'}: ${keyword}`;
    if (schema.$ref !== undefined) { const e = check(resolve(schema.$ref as string), node, path); if (e) return e; }
    for (const sub of (schema.allOf as Schema[] | undefined) ?? []) { const e = check(sub, node, path); if (e) return e; }
    if (schema.oneOf) {
      const passing = (schema.oneOf as Schema[]).filter((sub) => check(sub, node, path) === undefined).length;
      if (passing !== 1) return fail('oneOf');
    }
    if (schema.type !== undefined) {
      const actual = typeOf(node);
      if (actual !== schema.type && !(schema.type === 'number' && actual === 'integer')) return fail('type');
    }
    if ('const' in schema && !sameJson(schema.const, node)) return fail('const');
    if (schema.enum && !(schema.enum as unknown[]).some((v) => sameJson(v, node))) return fail('enum');
    if (typeof node === 'string') {
      const length = [...node].length;
      if (schema.minLength !== undefined && length < (schema.minLength as number)) return fail('minLength');
      if (schema.maxLength !== undefined && length > (schema.maxLength as number)) return fail('maxLength');
      if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(node)) return fail('pattern');
    }
    if (typeof node === 'number') {
      if (schema.minimum !== undefined && node < (schema.minimum as number)) return fail('minimum');
      if (schema.maximum !== undefined && node > (schema.maximum as number)) return fail('maximum');
    }
    if (Array.isArray(node)) {
      if (schema.maxItems !== undefined && node.length > (schema.maxItems as number)) return fail('maxItems');
      if (schema.uniqueItems && new Set(node.map((v) => JSON.stringify(v))).size !== node.length) return fail('uniqueItems');
      if (schema.items) for (const [i, item] of node.entries()) { const e = check(schema.items as Schema, item, `${path}[${i}]`); if (e) return e; }
    }
    if (typeOf(node) === 'object') {
      const object = node as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!Object.hasOwn(object, key)) return fail(`required ${key}`);
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, child] of Object.entries(object)) {
        const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (sub) { const e = check(sub, child, path ? `${path}.${key}` : key); if (e) return e; }
        else if (schema.additionalProperties === false) return fail(`additionalProperties ${key}`);
      }
    }
    return undefined;
  };
  return check(root, value, '');
}
