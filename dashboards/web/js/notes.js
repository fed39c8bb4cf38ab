// Footnotes of masked or qualified values: each section keeps a numbered list, and every masked
// value shows « s » with its note on hover and on keyboard focus (never 0).

import { h } from './dom.js';
import { formatValue, isMasked, normStatus, statusInfo } from './format.js';

/** The note texts of an observation-like object (footnotes, disclosure reason, status). */
export function noteTexts(item) {
  const texts = [];
  for (const note of item?.footnotes ?? []) if (note) texts.push(note);
  const { label } = statusInfo(item?.status);
  if (texts.length === 0 && normStatus(item?.status) !== 'OK' && label) {
    const reason = item?.disclosureReason ? ` (${item.disclosureReason})` : '';
    texts.push(`${label[0].toUpperCase()}${label.slice(1)}${reason}.`);
  }
  return texts;
}

/** A numbered list of notes, deduplicated by text, rendered as an <ol> in the section. */
export class NoteList {
  constructor(container, idPrefix) {
    this.container = container;
    this.idPrefix = idPrefix;
    this.texts = [];
  }

  /** Registers texts and returns their numbers. */
  add(texts) {
    return texts.map((text) => {
      let index = this.texts.indexOf(text);
      if (index < 0) {
        this.texts.push(text);
        index = this.texts.length - 1;
      }
      return index + 1;
    });
  }

  noteId(number) {
    return `${this.idPrefix}-note-${number}`;
  }

  /** Renders the list (or nothing when there is no note). */
  render() {
    this.container.replaceChildren();
    if (this.texts.length === 0) return;
    this.container.append(
      h('h3', { class: 'notes-title', text: 'Notes' }),
      h('ol', { class: 'notes' }, this.texts.map((text, i) => h('li', { id: this.noteId(i + 1), text }))),
    );
  }
}

/**
 * The display of one value: the formatted number, or « s » / « nd » with a focusable note tip.
 * item: { value, status, footnotes?, disclosureReason? }.
 */
export function valueCell(item, indicatorCode, unit, notes) {
  const status = normStatus(item?.status);
  const texts = noteTexts(item);
  const numbers = notes && texts.length > 0 ? notes.add(texts) : [];
  const tip = texts.join(' ');
  const refs = numbers.length > 0
    ? h('sup', { class: 'note-ref' }, numbers.map((n, i) => [i > 0 ? ',' : '', h('a', { href: `#${notes.noteId(n)}`, tabindex: '-1', text: n })]))
    : null;
  if (isMasked(item?.value, status)) {
    const { mark, label } = statusInfo(status === 'OK' ? 'MISSING' : status);
    return h('span', { class: `masked masked-${status.toLowerCase()}`, tabindex: '0', 'data-tip': tip || label, 'data-status': status },
      h('span', { 'aria-hidden': 'true', text: mark }),
      h('span', { class: 'sr-only', text: `${label}${tip && tip !== label ? ` : ${tip}` : ''}` }),
      refs);
  }
  const text = formatValue(item.value, indicatorCode, unit);
  const { mark, label } = statusInfo(status);
  const attrs = { class: 'value', 'data-value': String(item.value), 'data-status': status };
  if (!mark && !refs) return h('span', { ...attrs, text });
  return h('span', { ...attrs, class: 'value qualified', tabindex: '0', 'data-tip': tip || label },
    text, mark ? h('span', { 'aria-hidden': 'true', text: ` (${mark})` }) : null,
    h('span', { class: 'sr-only', text: `, ${tip || label}` }), refs);
}
