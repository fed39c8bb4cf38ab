// The comparison view: the department beside its region, France and the other departments of the
// region, as horizontal SVG bars (masked values written « s », never drawn as 0) and a table.

import { h, replace, s, uid } from './dom.js';
import { formatValue, isMasked, statusInfo, normStatus } from './format.js';
import { NoteList, valueCell } from './notes.js';
import { chartWidth } from './line-chart.js';

// Wide screen: the label left of its bar. Phone (a 360-unit coordinate space, text not scaled below 12 px): the
// label above its bar, each row twice as tall.
const LAYOUTS = {
  640: { W: 640, ROW_H: 30, LABEL_W: 210, VALUE_W: 90, above: false },
  360: { W: 360, ROW_H: 46, LABEL_W: 0, VALUE_W: 80, above: true },
};

function rowsOf(comparison) {
  const rows = [];
  const selected = comparison.territory?.territory?.code;
  if (comparison.territory) rows.push({ ...comparison.territory, kind: 'selected', caption: comparison.territory.territory.label });
  // a partial total (PARTIAL) is labelled with the departments it covers, never as the territory's total
  const partial = (row) => (row.coverageLabel ? ` — ${row.coverageLabel}` : '');
  if (comparison.region) rows.push({ ...comparison.region, kind: 'region', caption: `Région ${comparison.region.territory.label}${partial(comparison.region)}` });
  if (comparison.france) rows.push({ ...comparison.france, kind: 'france', caption: `France${partial(comparison.france)}` });
  for (const d of comparison.departments ?? []) {
    rows.push({ ...d, kind: d.territory.code === selected ? 'selected department' : 'department',
      caption: `${d.rank ? `${d.rank}. ` : ''}${d.territory.label}` });
  }
  return rows;
}

function barChart(rows, indicator, label) {
  const shown = rows.filter((r) => !isMasked(r.value, r.status)).map((r) => r.value);
  if (shown.length === 0) return null;
  const [lo, hi] = [Math.min(0, ...shown), Math.max(0, ...shown)];
  const span = hi - lo || 1;
  const { W, ROW_H, LABEL_W, VALUE_W, above } = LAYOUTS[chartWidth()];
  const plotW = W - LABEL_W - VALUE_W;
  const x = (v) => LABEL_W + ((v - lo) / span) * plotW;
  const height = rows.length * ROW_H + 10;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart bar-chart', role: 'img', 'aria-label': label });
  svg.append(s('line', { x1: x(0), x2: x(0), y1: 0, y2: height - 6, class: 'zero' }));
  rows.forEach((r, i) => {
    const top = 4 + i * ROW_H;
    const yTop = above ? top + 16 : top; // the bar's band (ROW_H tall when the label is beside it)
    const band = above ? ROW_H - 16 : ROW_H;
    const g = s('g', { class: `bar-row ${r.kind}`, 'data-territory': r.territory.code });
    g.append(above
      ? s('text', { x: 0, y: top + 12, 'text-anchor': 'start', class: 'bar-label', text: r.caption })
      : s('text', { x: LABEL_W - 8, y: yTop + ROW_H / 2, dy: '0.32em', 'text-anchor': 'end', class: 'bar-label', text: r.caption }));
    if (isMasked(r.value, r.status)) {
      const st = normStatus(r.status) === 'OK' ? 'MISSING' : r.status;
      const { mark, label: statusLabel } = statusInfo(st);
      g.append(s('text', { x: x(0) + 6, y: yTop + band / 2, dy: '0.32em', class: 'masked-mark', tabindex: '0', text: mark },
        s('title', { text: `${r.territory.label} : ${statusLabel}` })));
    } else {
      const text = formatValue(r.value, indicator.code, indicator.unit);
      const [a, b] = [x(Math.min(0, r.value)), x(Math.max(0, r.value))];
      g.append(s('rect', { x: a, y: yTop + 5, width: Math.max(1, b - a), height: band - 10, class: 'bar', 'data-value': String(r.value) },
        s('title', { text: `${r.territory.label} : ${text}` })),
      s('text', { x: W - VALUE_W + 8, y: yTop + band / 2, dy: '0.32em', class: 'bar-value', text }));
    }
    svg.append(g);
  });
  return svg;
}

/**
 * Renders the comparison (or an empty state) into container; pointer(): the pointer to the group that carries the
 * tension index when the métier has none of its own (or null), shown when there is nothing to compare.
 */
export function renderCompare(container, { comparison, context, pointer = () => null }) {
  if (!comparison) {
    replace(container, pointer(), h('p', { class: 'empty', text: 'Pas de comparaison disponible pour ce croisement.' }));
    return;
  }
  const indicator = comparison.indicator;
  const rows = rowsOf(comparison);
  const notes = new NoteList(h('div', { class: 'section-notes' }), uid('compare'));
  const title = `${indicator.labelFr}, ${comparison.period} — ${context}`;
  const chart = barChart(rows, indicator, `${title}. ${rows.map((r) => `${r.caption} : ${isMasked(r.value, r.status) ? statusInfo(r.status).label : formatValue(r.value, indicator.code, indicator.unit)}`).join(' ; ')}`);
  replace(container, chart ? null : pointer(),
    h('figure', { class: 'chart-block', 'data-chart': 'compare' },
      h('figcaption', { text: title }),
      chart ?? h('p', { class: 'empty', text: 'Toutes les valeurs sont masquées ou absentes.' }),
      h('details', { class: 'data-table' }, h('summary', { text: 'Voir les données en tableau' }),
        h('table', { class: 'values', 'data-chart': 'compare' },
          h('caption', { text: title }),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Territoire' }), h('th', { scope: 'col', text: 'Valeur' }), h('th', { scope: 'col', text: 'Rang' }))),
          h('tbody', {}, rows.map((r) => h('tr', { class: r.kind },
            h('th', { scope: 'row', text: r.caption }),
            h('td', { 'data-territory': r.territory.code }, valueCell(r, indicator.code, indicator.unit, notes)),
            h('td', { text: r.rank ?? '' }))))))),
    notes.container);
  notes.render();
}
