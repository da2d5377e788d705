/**
 * Checks recorded exchanges with the real bk-central against the OpenAPI document
 * (docs/sync-api.openapi.yaml): the path and method are documented, the answer's
 * status is documented for them, a JSON answer validates against its schema (JSON
 * Schema 2020-12, Ajv), an answer documented without content has none, and a
 * request marked as valid validates against the request body's schema.
 *
 * Started by `crates/central/tests/central/openapi.rs`, which records the exchanges:
 *   node tests/openapi/conform.mjs EXCHANGES.json SPEC.yaml
 * Each exchange: { method, path, status, body (text), request (JSON, optional), valid }.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import YAML from 'yaml';

const [exchangesPath, specPath] = process.argv.slice(2);
const spec = YAML.parse(readFileSync(specPath, 'utf8'));
/** @type {{ method: string, path: string, status: number, body: string, request?: unknown, valid: boolean }[]} */
const exchanges = JSON.parse(readFileSync(exchangesPath, 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'spec', components: spec.components });

/** Points local `$ref`s at the document added above. @param {unknown} node @returns {unknown} */
function anchored(node) {
  if (Array.isArray(node)) return node.map(anchored);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `spec${value}` : anchored(value),
      ]),
    );
  }
  return node;
}

/** A response object, following one `$ref` into components/responses. @param {any} response */
function resolved(response) {
  if (response && typeof response.$ref === 'string') {
    const name = response.$ref.replace('#/components/responses/', '');
    return spec.components.responses[name];
  }
  return response;
}

/** @param {unknown} schema @param {unknown} value @returns {string | null} */
function problems(schema, value) {
  const validate = ajv.compile(/** @type {object} */ (anchored(schema)));
  return validate(value) ? null : ajv.errorsText(validate.errors);
}

const failures = [];
for (const exchange of exchanges) {
  const label = `${exchange.method.toUpperCase()} ${exchange.path} → ${exchange.status}`;
  const operation = spec.paths?.[exchange.path]?.[exchange.method];
  if (!operation) {
    failures.push(`${label}: path or method not documented`);
    continue;
  }
  const response = resolved(operation.responses?.[String(exchange.status)]);
  if (!response) {
    failures.push(`${label}: status not documented`);
    continue;
  }
  const schema = response.content?.['application/json']?.schema;
  if (schema) {
    let body;
    try {
      body = JSON.parse(exchange.body);
    } catch {
      failures.push(`${label}: the answer is not JSON: ${exchange.body.slice(0, 80)}`);
      continue;
    }
    const wrong = problems(schema, body);
    if (wrong) failures.push(`${label}: the answer does not match its schema: ${wrong}`);
  } else if (exchange.body.length > 0) {
    failures.push(`${label}: documented without content, but the answer has a body`);
  }
  if (exchange.valid && exchange.request !== undefined) {
    const requestSchema = operation.requestBody?.content?.['application/json']?.schema;
    const wrong = requestSchema ? problems(requestSchema, exchange.request) : 'no request body documented';
    if (wrong) failures.push(`${label}: the request the central took does not match its schema: ${wrong}`);
  }
}

for (const failure of failures) console.error(`FAIL ${failure}`);
console.log(`openapi: ${exchanges.length} exchanges checked, ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
