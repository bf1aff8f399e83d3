/**
 * A small, strict XML reader for manifest.xml: elements, attributes, text, comments, CDATA and processing
 * instructions. It keeps qualified names as written ("bt:Image") and also gives the local name ("Image"), which is
 * all the manifest checks need. It is our own rather than xml2js so the checks work on a plain element tree with
 * line numbers, have types, and do not depend on another package's transitive dependency being hoisted.
 *
 * DOCTYPE is refused: no add-in manifest has one, and refusing it rules out entity expansion tricks.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without its prefix, e.g. "Image". */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded, not trimmed. */
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "XmlSyntaxError";
  }
}

const NAME = /^[\p{L}_][\p{L}\p{N}_.:-]*$/u;
const PREDEFINED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let index = 0;

  // Line numbers are only needed for elements and errors; counting forward from the last position keeps it linear.
  let countedTo = 0;
  let countedLine = 1;
  const lineAt = (position: number): number => {
    if (position < countedTo) {
      countedTo = 0;
      countedLine = 1;
    }
    for (; countedTo < position; countedTo++) if (text.charCodeAt(countedTo) === 10) countedLine++;
    return countedLine;
  };
  const fail = (message: string, position: number): never => {
    throw new XmlSyntaxError(message, lineAt(position));
  };
  const indexOfOrFail = (token: string, from: number, what: string): number => {
    const found = text.indexOf(token, from);
    if (found < 0) fail(`unterminated ${what}`, from);
    return found;
  };
  const decode = (raw: string, position: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (match, entity: string) => {
      if (!match.endsWith(";")) return fail(`'&' must start an entity such as &amp;`, position);
      if (entity in PREDEFINED_ENTITIES) return PREDEFINED_ENTITIES[entity] as string;
      const code = /^#x[0-9a-f]+$/i.test(entity)
        ? parseInt(entity.slice(2), 16)
        : /^#[0-9]+$/.test(entity)
          ? parseInt(entity.slice(1), 10)
          : NaN;
      if (Number.isNaN(code) || code > 0x10ffff) return fail(`unknown entity &${entity};`, position);
      return String.fromCodePoint(code);
    });
  const appendText = (value: string, position: number): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.text += value;
    else if (value.trim() !== "") fail("text outside the root element", position);
  };

  while (index < text.length) {
    if (!text.startsWith("<", index)) {
      const end = text.indexOf("<", index);
      const stop = end < 0 ? text.length : end;
      appendText(decode(text.slice(index, stop), index), index);
      index = stop;
    } else if (text.startsWith("<?", index)) {
      index = indexOfOrFail("?>", index, "processing instruction") + 2;
    } else if (text.startsWith("<!--", index)) {
      index = indexOfOrFail("-->", index, "comment") + 3;
    } else if (text.startsWith("<![CDATA[", index)) {
      const end = indexOfOrFail("]]>", index, "CDATA section");
      appendText(text.slice(index + 9, end), index);
      index = end + 3;
    } else if (text.startsWith("<!", index)) {
      fail("DOCTYPE and other declarations are not allowed in a manifest", index);
    } else if (text.startsWith("</", index)) {
      const end = indexOfOrFail(">", index, "end tag");
      const name = text.slice(index + 2, end).trim();
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`, index);
      else if (open.name !== name) fail(`end tag </${name}> does not match <${open.name}> (line ${open.line})`, index);
      index = end + 1;
    } else {
      const start = index;
      const nameMatch = /^<([^\s/>]+)/.exec(text.slice(index, index + 200));
      const name = nameMatch?.[1] ?? "";
      if (!NAME.test(name)) fail(`bad element name '${name}'`, index);
      if (root && stack.length === 0) fail(`second root element <${name}>`, index);
      const element: XmlElement = {
        name,
        local: name.slice(name.indexOf(":") + 1),
        attributes: {},
        children: [],
        text: "",
        line: lineAt(start),
      };
      index += 1 + name.length;
      let selfClosing = false;
      for (;;) {
        const gap = /^\s*/.exec(text.slice(index, index + 1000))?.[0].length ?? 0;
        index += gap;
        if (text.startsWith("/>", index)) {
          selfClosing = true;
          index += 2;
          break;
        }
        if (text.startsWith(">", index)) {
          index += 1;
          break;
        }
        if (index >= text.length) fail(`unterminated start tag <${name}>`, start);
        if (gap === 0) fail(`attributes of <${name}> must be separated by white space`, index);
        const attribute = /^([^\s=/>]+)\s*=\s*(["'])/.exec(text.slice(index, index + 300));
        if (!attribute) fail(`malformed attribute in <${name}>`, index);
        const [whole, attributeName, quote] = attribute as RegExpExecArray & [string, string, string];
        if (!NAME.test(attributeName)) fail(`bad attribute name '${attributeName}'`, index);
        const valueStart = index + whole.length;
        const valueEnd = indexOfOrFail(quote, valueStart, `attribute ${attributeName}`);
        const rawValue = text.slice(valueStart, valueEnd);
        if (rawValue.includes("<")) fail(`'<' inside attribute ${attributeName}`, valueStart);
        if (attributeName in element.attributes) fail(`duplicate attribute ${attributeName} on <${name}>`, index);
        element.attributes[attributeName] = decode(rawValue, valueStart);
        index = valueEnd + 1;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(`<${unclosed.name}> (line ${unclosed.line}) is never closed`, text.length);
  if (!root) fail("no root element", 0);
  return root as XmlElement;
}

/** The first child with this local name. */
export function childOf(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((child) => child.local === local);
}

/** All children with this local name. */
export function childrenOf(element: XmlElement | undefined, local: string): XmlElement[] {
  return element ? element.children.filter((child) => child.local === local) : [];
}

/** Every element below this one (depth first, document order), optionally only those with this local name. */
export function descendantsOf(element: XmlElement | undefined, local?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (local === undefined || child.local === local) found.push(child);
      visit(child);
    }
  };
  if (element) visit(element);
  return found;
}

/** An attribute by its local name, whatever its prefix ("xsi:type" is found as "type"). */
export function attributeOf(element: XmlElement | undefined, local: string): string | undefined {
  if (!element) return undefined;
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name === local || name.endsWith(`:${local}`)) return value;
  }
  return undefined;
}
