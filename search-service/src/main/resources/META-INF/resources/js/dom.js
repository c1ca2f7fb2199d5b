// DOM building without markup: every string from the API becomes a text node, never HTML.

/**
 * el('a', {href: '#/x', className: 'y', onclick: fn}, 'text', childNode, [more, children])
 * Attributes go through setAttribute (or a listener for on*), children strings through text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Same as el, in the SVG namespace (charts). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'className') {
      node.setAttribute('class', value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * A highlight fragment from the search API: the article's text with <em>…</em> around matches.
 * Exactly the two tags <em> and </em> become <mark> elements; every other character, '<script>'
 * included, stays text.
 */
export function highlighted(fragment) {
  const out = document.createDocumentFragment();
  let mark = null;
  for (const part of String(fragment).split(/(<em>|<\/em>)/)) {
    if (part === '<em>') {
      mark = mark ?? document.createElement('mark');
    } else if (part === '</em>') {
      if (mark) out.append(mark);
      mark = null;
    } else if (part) {
      (mark ?? out).append(document.createTextNode(part));
    }
  }
  if (mark) out.append(mark); // an unclosed <em> still shows its text
  return out;
}

/** The text of a highlight fragment without its tags, e.g. for a tooltip. */
export function plain(fragment) {
  return String(fragment).replace(/<\/?em>/g, '');
}
