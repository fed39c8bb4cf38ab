// Heatmap of tension levels: métiers (rows) × departments of the region (columns). Each cell shows the
// level number and label as text (not only colour); one cell is in the tab order and the arrow keys
// move between cells (roving tabindex); Enter or a click selects that métier and department.
// Two level sources (mode): the observatory's own index, or the official DARES – France Travail level of the
// same cell (TensionEntry.official); the caption, the legend and every cell's accessible name say which.

import { h, replace, scrollTable } from './dom.js';
import { formatValue, normStatus, statusInfo } from './format.js';
import { MODE_TEXT } from './tension.js';

export const LEVEL_LABELS = ['très faible', 'faible', 'moyenne', 'forte', 'très forte'];

/** The legend of the 5-level scale, for the levels shown (mode « observatoire » or « officiel »). */
export function legend(mode = 'observatoire') {
  const official = mode === 'officiel';
  return h('ul', { class: 'legend', 'aria-label': `Légende des ${official ? 'niveaux officiels DARES – France Travail' : 'niveaux de tension de l’observatoire'}`, dataset: { mode } },
    LEVEL_LABELS.map((label, i) => h('li', {},
      h('span', { class: `swatch level-${i + 1}`, 'aria-hidden': 'true', text: i + 1 }), ` ${label}`)),
    official
      ? h('li', {}, h('span', { class: 'swatch level-none', 'aria-hidden': 'true', text: 'nd' }), ' niveau officiel non publié (volumétrie insuffisante, n.d. ou cellule absente du fichier DARES)')
      : h('li', {}, h('span', { class: 'swatch level-none', 'aria-hidden': 'true', text: 's' }), ' secret / non calculé'));
}

function observatoryCell(entry) {
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

/** The official level of the cell, or « nd » with why DARES – France Travail publishes none (never a 0). */
function officialCell(entry) {
  if (!entry) return { text: '–', level: 'none', detail: 'Aucune donnée pour ce croisement.' };
  const official = entry.official;
  const status = normStatus(official?.status);
  if (official?.level != null && status !== 'MISSING' && status !== 'SECRET') {
    return { text: String(official.level), sub: official.label ?? LEVEL_LABELS[official.level - 1], level: official.level,
      note: status === 'IMPUTED' ? 'niveau établi par la DARES sur des valeurs imputées (volumétrie insuffisante)' : null };
  }
  let detail;
  if (!official) {
    detail = 'Pas de niveau officiel : le fichier DARES – France Travail n’a pas de ligne pour ce groupe de métiers, ce territoire et cette année.';
  } else if (status === 'IMPUTED') {
    detail = 'Niveau officiel non publié : volumétrie insuffisante, la DARES ne donne qu’une valeur imputée, sans niveau.';
  } else if (status === 'SECRET') {
    detail = 'Niveau officiel masqué (secret statistique).';
  } else {
    detail = 'Niveau officiel non disponible (« n.d. » dans le fichier DARES – France Travail).';
  }
  return { text: status === 'SECRET' ? 's' : 'nd', level: 'none', detail };
}

function cellText(entry, mode) {
  return mode === 'officiel' ? officialCell(entry) : observatoryCell(entry);
}

function officialLine(entry) {
  const o = officialCell(entry);
  return o.sub ? `Niveau officiel DARES – France Travail : ${o.text} (${o.sub})${o.note ? `, ${o.note}` : ''}.` : o.detail;
}

function observatoryLine(entry) {
  const c = observatoryCell(entry);
  if (entry?.level != null) return `Niveau de l’observatoire : ${entry.level} (${c.sub}), indice ${entry.index != null ? formatValue(entry.index, 'tension_index') : 'non publié'}.`;
  if (c.fallback) return `Niveau de l’observatoire : ${c.fallback} Niveau ${entry.fallback.level} sur 5 (${c.sub}).`;
  return `Niveau de l’observatoire : ${(c.detail ?? 'aucune donnée').replace(/\.$/, '')}.`;
}

function detailOf(entry, metier, department, mode) {
  const c = cellText(entry, mode);
  const lines = [h('p', {}, h('strong', { text: metier.label }), ` — ${department.label}${entry ? ` (${entry.year})` : ''}`)];
  if (mode === 'officiel') {
    lines.push(h('p', { text: c.sub ? `Niveau officiel DARES – France Travail ${c.text} sur 5 (${c.sub})${c.note ? `, ${c.note}` : ''}.` : c.detail }));
    if (entry) lines.push(h('p', { class: 'other-level', text: observatoryLine(entry) }));
    lines.push(h('p', { class: 'hint', text: 'Entrée : afficher ce métier et ce département.' }));
    return lines;
  }
  if (entry?.level != null) {
    lines.push(h('p', { text: `Niveau ${entry.level} sur 5 (${c.sub}), indice ${entry.index != null ? formatValue(entry.index, 'tension_index') : 'non publié'}${entry.rank ? `, rang ${entry.rank}` : ''}.` }));
  } else if (c.fallback) {
    lines.push(h('p', { text: `${c.fallback} Niveau ${entry.fallback.level} sur 5 (${c.sub}).` }));
  } else {
    lines.push(h('p', { text: c.detail ?? 'Aucune donnée.' }));
  }
  if (entry) lines.push(h('p', { class: 'other-level', text: officialLine(entry) }));
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
 * selection: {metier, departement}; onSelect(metierCode, departmentCode); detail: the live region;
 * mode: « observatoire » or « officiel » (the levels shown); notices: nodes shown above the table.
 */
export function renderHeatmap(container, { entries, departments, selection, onSelect, detail, mode = 'observatoire', notices = [] }) {
  const text = MODE_TEXT[mode] ?? MODE_TEXT.observatoire;
  const byKey = new Map(entries.map((e) => [`${e.metier.code}|${e.territory.code}`, e]));
  const metiers = [...new Map(entries.map((e) => [e.metier.code, e.metier])).values()]
    .sort((a, b) => (a.isGroup - b.isGroup) || (a.shortLabel ?? a.label).localeCompare(b.shortLabel ?? b.label, 'fr'));
  const year = entries.find((e) => e.year)?.year;
  const buttons = [];
  const caption = `${text.caption} par métier et département${year ? `, ${year}` : ''} (1 = très faible, 5 = très forte)`;
  const table = h('table', { class: 'heatmap' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Métier' }),
      departments.map((d) => h('th', { scope: 'col', class: d.code === selection.departement ? 'selected' : null, text: `${d.label} (${d.code})` })))),
    h('tbody', {}, metiers.map((m, row) => h('tr', { class: m.code === selection.metier ? 'selected' : null },
      h('th', { scope: 'row', title: m.label, text: m.shortLabel ?? m.label }),
      departments.map((d, col) => {
        const entry = byKey.get(`${m.code}|${d.code}`);
        const c = cellText(entry, mode);
        const selected = m.code === selection.metier && d.code === selection.departement;
        const subText = c.sub ? (c.note ? `${c.sub} (e)` : c.sub) : null;
        const visible = subText ? `${c.text} ${subText}` : c.text;
        const button = h('button', {
          type: 'button', class: `cell level-${c.level}${c.fallback ? ' fallback' : ''}`, tabindex: '-1',
          'aria-pressed': selected ? 'true' : 'false',
          // The name starts with the text the cell shows (WCAG 2.5.3, label in name), then says where and which level.
          'aria-label': `${visible} — ${m.shortLabel ?? m.label}, ${d.label} : ${c.sub
            ? `${text.short} ${c.text.replace('*', '')}, ${c.sub}${c.fallback ? ` (${c.fallback})` : ''}${c.note ? ` (${c.note})` : ''}`
            : `${text.short} : ${c.detail}`}`,
          dataset: { metier: m.code, territory: d.code, row: String(row), col: String(col), level: String(c.level), mode },
          onFocus: () => replace(detail, detailOf(entry, m, d, mode)),
          onMouseEnter: () => replace(detail, detailOf(entry, m, d, mode)),
          onClick: () => onSelect(m.code, d.code),
        }, h('span', { class: 'lvl', text: c.text }), subText ? [' ', h('span', { class: 'lvl-label', text: subText })] : null);
        buttons.push(button);
        return h('td', { class: selected ? 'selected' : null }, button);
      })))));
  const start = buttons.find((b) => b.getAttribute('aria-pressed') === 'true') ?? buttons[0];
  if (start) start.tabIndex = 0;
  table.addEventListener('keydown', (event) => moveFocus(event, buttons, departments.length, metiers.length));
  replace(container, notices, metiers.length === 0
    ? h('p', { class: 'empty', text: 'Aucun indice de tension publié pour cette région et cette année.' })
    : scrollTable(caption, table));
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
