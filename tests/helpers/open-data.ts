/** Checks of the open data files shared by the unit and built-site tests: JSON Schema validation, XML parsing. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * A copy of a JSON Schema with every object schema closed (`additionalProperties: false` where it
 * lists `properties`): the published schema lets readers' files gain fields, the tests want every
 * field of the file described.
 */
export function closedSchema<T>(schema: T): T {
  const close = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(close);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, close(value)]));
    if (copy['type'] === 'object' && copy['properties'] && !('additionalProperties' in copy)) {
      copy['additionalProperties'] = false;
    }
    return copy;
  };
  return close(schema) as T;
}

/** The validation errors of `data` against `schema` (draft 2020-12), as `path: message` lines; empty when valid. */
export function schemaErrors(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? ''}`);
}

/** A parsed XML element: its name in its namespace, attributes, text and children. */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML with a conforming, namespace-aware parser; throws on any well-formedness error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
      ),
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of `element` named `name`. */
export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);
