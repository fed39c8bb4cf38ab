// Tiny DOM builders: h() for HTML elements, s() for SVG elements. Children may be strings,
// nodes, arrays or null/undefined/false (skipped). Attributes: "class", "text", on<Event>, others as-is.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'text') {
      el.textContent = String(value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Creates an HTML element. */
export function h(tag, attrs, ...children) {
  return apply(document.createElement(tag), attrs, children);
}

/** Creates an SVG element. */
export function s(tag, attrs, ...children) {
  return apply(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces the content of an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let idCounter = 0;
/** A document-unique id with a readable prefix. */
export function uid(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * A wide table in a horizontally scrolling box: its title is written above the box (so it wraps on a phone instead of
 * scrolling away with the table) and names both the table and the box; the box is a named region that takes the
 * keyboard focus (tabindex 0), so it can be scrolled with the arrow keys. Returns [title, box].
 */
export function scrollTable(title, table, titleClass = 'table-caption') {
  const id = uid('table-title');
  table.setAttribute('aria-labelledby', id);
  return [h('p', { class: titleClass, id, text: title }),
    h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': id }, table)];
}
