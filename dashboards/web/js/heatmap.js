// Heatmap of tension levels: métiers (rows) × departments of the region (columns). Each cell shows the
// level number and label as text (not only colour); one cell is in the tab order and the arrow keys
// move between cells (roving tabindex); Enter or a click selects that métier and department.

import { h, replace } from './dom.js';
import { formatValue, normStatus, statusInfo } from './format.js';

export const LEVEL_LABELS = ['très faible', 'faible', 'moyenne', 'forte', 'très forte'];

/** The legend of the 5-level scale. */
export function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'Légende des niveaux de tension' },
    LEVEL_LABELS.map((label, i) => h('li', {},
      h('span', { class: `swatch level-${i + 1}`, 'aria-hidden': 'true', text: i + 1 }), ` ${label}`)),
    h('li', {}, h('span', { class: 'swatch level-none', 'aria-hidden': 'true', text: 's' }), ' secret / non calculé'));
}

function cellText(entry) {
  if (!entry) return { text: '–', level: 'none', detail: 'Aucune donnée pour ce croisement.' };
  const status = normStatus(entry.status);
  if (entry.level != null) {
    return { text: String(entry.level), sub: entry.label ?? LEVEL_LABELS[entry.level - 1], level: entry.level };
  }
  if (entry.fallback?.level != null) {
    const where = entry.fallback.territory?.label ?? 'niveau supérieur';
    return { text: `${entry.fallback.level}*`, sub: LEVEL_LABELS[entry.fallback.level - 1], level: entry.fallback.level,
      fallback: `Volume insuffisant : niveau de repli calculé pour ${where}.` };
  }
  return { text: status === 'SECRET' ? 's' : 'nd', level: 'none', detail: statusInfo(status === 'OK' ? 'MISSING' : status).label };
}

function detailOf(entry, metier, department) {
  const c = cellText(entry);
  const lines = [h('p', {}, h('strong', { text: metier.label }), ` — ${department.label}${entry ? ` (${entry.year})` : ''}`)];
  if (entry?.level != null) {
    lines.push(h('p', { text: `Niveau ${entry.level} sur 5 (${c.sub}), indice ${entry.index != null ? formatValue(entry.index, 'tension_index') : 'non publié'}${entry.rank ? `, rang ${entry.rank}` : ''}.` }));
  } else if (c.fallback) {
    lines.push(h('p', { text: `${c.fallback} Niveau ${entry.fallback.level} sur 5 (${c.sub}).` }));
  } else {
    lines.push(h('p', { text: c.detail ?? 'Aucune donnée.' }));
  }
  const parts = (entry?.components ?? []).filter((p) => p.value != null);
  if (parts.length > 0) {
    lines.push(h('ul', { class: 'components' }, parts.map((p) => h('li', {},
      `${p.indicator.labelFr} : ${formatValue(p.value, p.indicator.code, p.indicator.unit)}`,
      p.level != null ? ` (niveau ${p.level})` : '', p.role === 'principal' ? '' : ' — complémentaire'))));
  }
  lines.push(h('p', { class: 'hint', text: 'Entrée : afficher ce métier et ce département.' }));
  return lines;
}

/**
 * Renders the heatmap into container. entries: TensionEntry[]; departments: [{code,label}];
 * selection: {metier, departement}; onSelect(metierCode, departmentCode); detail: the live region.
 */
export function renderHeatmap(container, { entries, departments, selection, onSelect, detail }) {
  const byKey = new Map(entries.map((e) => [`${e.metier.code}|${e.territory.code}`, e]));
  const metiers = [...new Map(entries.map((e) => [e.metier.code, e.metier])).values()]
    .sort((a, b) => (a.isGroup - b.isGroup) || (a.shortLabel ?? a.label).localeCompare(b.shortLabel ?? b.label, 'fr'));
  const year = entries.find((e) => e.year)?.year;
  const buttons = [];
  const table = h('table', { class: 'heatmap' },
    h('caption', { text: `Niveau de tension par métier et département${year ? `, ${year}` : ''} (1 = très faible, 5 = très forte)` }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Métier' }),
      departments.map((d) => h('th', { scope: 'col', class: d.code === selection.departement ? 'selected' : null, text: `${d.label} (${d.code})` })))),
    h('tbody', {}, metiers.map((m, row) => h('tr', { class: m.code === selection.metier ? 'selected' : null },
      h('th', { scope: 'row', title: m.label, text: m.shortLabel ?? m.label }),
      departments.map((d, col) => {
        const entry = byKey.get(`${m.code}|${d.code}`);
        const c = cellText(entry);
        const selected = m.code === selection.metier && d.code === selection.departement;
        const button = h('button', {
          type: 'button', class: `cell level-${c.level}${c.fallback ? ' fallback' : ''}`, tabindex: '-1',
          'aria-pressed': selected ? 'true' : 'false',
          'aria-label': `${m.shortLabel ?? m.label}, ${d.label} : ${c.sub ? `niveau ${c.text.replace('*', '')}, ${c.sub}` : c.detail}`,
          dataset: { metier: m.code, territory: d.code, row: String(row), col: String(col), level: String(c.level) },
          onFocus: () => replace(detail, detailOf(entry, m, d)),
          onMouseEnter: () => replace(detail, detailOf(entry, m, d)),
          onClick: () => onSelect(m.code, d.code),
        }, h('span', { class: 'lvl', text: c.text }), c.sub ? h('span', { class: 'lvl-label', text: c.sub }) : null);
        buttons.push(button);
        return h('td', { class: selected ? 'selected' : null }, button);
      })))));
  const start = buttons.find((b) => b.getAttribute('aria-pressed') === 'true') ?? buttons[0];
  if (start) start.tabIndex = 0;
  table.addEventListener('keydown', (event) => moveFocus(event, buttons, departments.length, metiers.length));
  replace(container, metiers.length === 0
    ? h('p', { class: 'empty', text: 'Aucun indice de tension publié pour cette région et cette année.' })
    : h('div', { class: 'table-scroll' }, table));
}

function moveFocus(event, buttons, cols, rows) {
  const current = event.target.closest('button.cell');
  if (!current) return;
  let row = Number(current.dataset.row);
  let col = Number(current.dataset.col);
  switch (event.key) {
    case 'ArrowRight': col = Math.min(cols - 1, col + 1); break;
    case 'ArrowLeft': col = Math.max(0, col - 1); break;
    case 'ArrowDown': row = Math.min(rows - 1, row + 1); break;
    case 'ArrowUp': row = Math.max(0, row - 1); break;
    case 'Home': col = 0; break;
    case 'End': col = cols - 1; break;
    default: return;
  }
  event.preventDefault();
  const next = buttons[row * cols + col];
  if (!next || next === current) return;
  current.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}
