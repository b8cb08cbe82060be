#!/usr/bin/env node
// Validates Kubernetes objects against the Kubernetes OpenAPI schemas, using the kubernetes-models package
// (generated from the Kubernetes API's own OpenAPI definitions, validated with ajv).
//
//   kubectl kustomize k8s/overlays/europe | node k8s/validate/validate.js
//   node k8s/validate/validate.js --json rendered.yaml
//
// Every document must be a Kubernetes object of a known apiVersion and kind, with metadata.name, and must
// validate against its schema. Errors go to stderr, one line each, naming the object and the field.
// With --json, a report goes to stdout: { documents, objects, errors: [{ index, apiVersion, kind, name,
// namespace, field, message }] }. Exit code: 0 valid, 1 invalid, 2 usage or input error.
"use strict";

const fs = require("node:fs");
const YAML = require("yaml");

const API_VERSION = /^(?:[a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function usage(message) {
  process.stderr.write(`${message}\nusage: validate.js [--json] [FILE ... | -]   (reads stdin when no FILE is given)\n`);
  process.exit(2);
}

/** The kubernetes-models class for apiVersion + kind, or undefined when the package has none. */
function modelFor(apiVersion, kind) {
  if (!API_VERSION.test(apiVersion) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    return undefined;
  }
  let module;
  try {
    module = require(`kubernetes-models/${apiVersion}`);
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      return undefined;
    }
    throw error;
  }
  const model = Object.prototype.hasOwnProperty.call(module, kind) ? module[kind] : undefined;
  return typeof model === "function" && model.apiVersion === apiVersion && model.kind === kind ? model : undefined;
}

/** "/spec/template/spec/containers/0/name" -> "spec.template.spec.containers[0].name" */
function fieldName(pointer, child) {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) {
    parts.push(String(child));
  }
  let field = "";
  for (const part of parts) {
    if (/^[0-9]+$/.test(part)) {
      field += `[${part}]`;
    } else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) {
      field += field === "" ? part : `.${part}`;
    } else {
      field += `[${JSON.stringify(part)}]`;
    }
  }
  return field === "" ? "(object)" : field;
}

/** ajv errors -> one entry per field, the messages for that field joined. */
function schemaErrors(ajvErrors) {
  const byField = new Map();
  for (const error of ajvErrors || []) {
    let field = fieldName(error.instancePath || "");
    let message = error.message || error.keyword;
    if (error.keyword === "required" && error.params && error.params.missingProperty !== undefined) {
      field = fieldName(error.instancePath || "", error.params.missingProperty);
      message = "is required";
    } else if (error.keyword === "additionalProperties" && error.params && error.params.additionalProperty !== undefined) {
      field = fieldName(error.instancePath || "", error.params.additionalProperty);
      message = "is not a field of this object";
    }
    if (!byField.has(field)) {
      byField.set(field, []);
    }
    const messages = byField.get(field);
    if (!messages.includes(message)) {
      messages.push(message);
    }
  }
  return [...byField].map(([field, messages]) => {
    // "must match exactly one schema in oneOf" only repeats what the other messages for the field say.
    const specific = messages.filter((m) => !/^must match (exactly one|a) schema in "(oneOf|anyOf)"$/.test(m));
    return { field, message: (specific.length > 0 ? specific : messages).join("; ") };
  });
}

function validateObject(object, index) {
  const errors = [];
  const fail = (field, message) => errors.push({ index, field, message });
  if (object === null || typeof object !== "object" || Array.isArray(object)) {
    fail("(document)", "is not a mapping (expected a Kubernetes object)");
    return errors;
  }
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || apiVersion === "") {
    fail("apiVersion", "is required");
  }
  if (typeof kind !== "string" || kind === "") {
    fail("kind", "is required");
  }
  if (errors.length > 0) {
    return errors;
  }
  const name = object.metadata && object.metadata.name;
  if (typeof name !== "string" || name === "") {
    fail("metadata.name", "is required");
  } else if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    fail("metadata.name", `"${name}" is not a valid name (lower-case RFC 1123 subdomain)`);
  }
  const model = modelFor(apiVersion, kind);
  if (model === undefined) {
    fail("kind", `no Kubernetes schema for apiVersion "${apiVersion}", kind "${kind}"`);
    return errors;
  }
  try {
    new model(object).validate();
  } catch (error) {
    if (!error || !Array.isArray(error.errors)) {
      throw error;
    }
    for (const e of schemaErrors(error.errors)) {
      fail(e.field, e.message);
    }
  }
  return errors;
}

function main(argv) {
  const json = argv.includes("--json");
  const files = argv.filter((a) => a !== "--json");
  if (files.some((f) => f.startsWith("-") && f !== "-")) {
    usage(`unknown option: ${files.find((f) => f.startsWith("-") && f !== "-")}`);
  }
  const sources = files.length === 0 ? ["-"] : files;

  const objects = [];
  const errors = [];
  for (const source of sources) {
    let text;
    try {
      text = fs.readFileSync(source === "-" ? 0 : source, "utf8");
    } catch (error) {
      usage(`cannot read ${source === "-" ? "stdin" : source}: ${error.message}`);
    }
    for (const document of YAML.parseAllDocuments(text)) {
      const index = objects.length;
      if (document.errors.length > 0) {
        for (const e of document.errors) {
          errors.push({ index, field: "(yaml)", message: e.message });
        }
        objects.push(null);
        continue;
      }
      const object = document.toJS({ maxAliasCount: -1 });
      if (object === null || object === undefined) {
        continue; // an empty document between two "---"
      }
      objects.push(object);
      errors.push(...validateObject(object, index));
    }
  }

  const described = errors.map((e) => {
    const o = objects[e.index] || {};
    const metadata = (o && o.metadata) || {};
    return {
      index: e.index,
      apiVersion: o.apiVersion ?? null,
      kind: o.kind ?? null,
      name: metadata.name ?? null,
      namespace: metadata.namespace ?? null,
      field: e.field,
      message: e.message,
    };
  });
  for (const e of described) {
    const where = `${e.kind ?? "?"}/${e.name ?? "?"}${e.namespace ? ` (namespace ${e.namespace})` : ""}`;
    process.stderr.write(`error: document ${e.index + 1}, ${where}: ${e.field} ${e.message}\n`);
  }
  const count = objects.filter((o) => o !== null).length;
  if (described.length === 0) {
    process.stderr.write(`${count} object(s) valid\n`);
  } else {
    process.stderr.write(`${described.length} error(s) in ${count} object(s)\n`);
  }
  if (json) {
    process.stdout.write(JSON.stringify({ documents: objects.length, objects, errors: described }) + "\n");
  }
  return described.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
