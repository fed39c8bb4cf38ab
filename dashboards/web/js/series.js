// The time-series panel: tension ratio, recruitment difficulty rate, and offers beside job seekers,
// each as an SVG line chart followed by its data table (the accessible alternative).

import { h, replace, scrollTable, uid } from './dom.js';
import { formatValue } from './format.js';
import { lineChart } from './line-chart.js';
import { NoteList, valueCell } from './notes.js';

const CHARTS = [
  { id: 'ratio', title: 'Ratio de tension (offres par demandeur d’emploi)', codes: ['tension_ratio'] },
  { id: 'difficulty', title: 'Part des projets de recrutement jugés difficiles', codes: ['recruitment_difficulty_rate'] },
  { id: 'volumes', title: 'Offres d’emploi et demandeurs d’emploi (catégorie A)', codes: ['job_offers', 'job_seekers_a'] },
];

function dataTable(chart, categories, lines, indicators, notes) {
  return h('details', { class: 'data-table' },
    h('summary', { text: 'Voir les données en tableau' }),
    scrollTable(chart.title, h('table', { class: 'values', 'data-chart': chart.id },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Année' }), lines.map((l) => h('th', { scope: 'col', text: l.name })))),
      h('tbody', {}, categories.map((c) => h('tr', {}, h('th', { scope: 'row', text: c }),
        lines.map((l) => {
          const item = l.items.get(c);
          const ind = indicators.get(l.code);
          return h('td', { 'data-indicator': l.code, 'data-period': c },
            item ? valueCell(item, l.code, item.unit ?? ind?.unit, notes) : '–');
        })))))));
}

function summary(line, categories, indicatorCode, unit) {
  const shown = categories.map((c) => [c, line.items.get(c)]).filter(([, i]) => i && i.value != null);
  if (shown.length === 0) return `${line.name} : aucune valeur publiée.`;
  const [first, last] = [shown[0], shown[shown.length - 1]];
  return `${line.name} : ${formatValue(first[1].value, indicatorCode, unit)} en ${first[0]}, ${formatValue(last[1].value, indicatorCode, unit)} en ${last[0]}.`;
}

/**
 * Renders the panel; data: the SERIES query result keyed by indicator code; pointer(): the pointer to the group
 * that carries the tension index when the métier has none of its own (or null), shown above an empty chart.
 */
export function renderSeries(container, { data, indicators, context, pointer = () => null }) {
  const notes = new NoteList(h('div', { class: 'section-notes' }), uid('series'));
  const figures = CHARTS.map((chart) => {
    const lines = chart.codes.map((code) => ({
      code,
      name: indicators.get(code)?.labelFr ?? code,
      items: new Map((data[code] ?? []).map((o) => [o.period, o])),
    }));
    const categories = [...new Set(lines.flatMap((l) => [...l.items.keys()]))].sort();
    const unit = lines[0].items.values().next().value?.unit ?? indicators.get(chart.codes[0])?.unit;
    const label = `${chart.title}, ${context}. ${lines.map((l) => summary(l, categories, l.code, unit)).join(' ')}`;
    const svg = lineChart({ lines, categories, indicatorCode: chart.codes[0], unit, label });
    return h('figure', { class: 'chart-block', id: `chart-${chart.id}`, 'data-chart': chart.id },
      h('figcaption', { text: chart.title }),
      svg ?? h('p', { class: 'empty', text: 'Aucune valeur publiée pour ce métier et ce territoire.' }),
      lines.length > 1 && svg ? h('ul', { class: 'chart-legend' }, lines.map((l, i) => h('li', { class: `series-${i}` },
        h('span', { class: 'key', 'aria-hidden': 'true' }), l.name))) : null,
      categories.length > 0 ? dataTable(chart, categories, lines, indicators, notes) : null);
  });
  const anyEmpty = figures.some((f) => f.querySelector('svg') === null);
  replace(container, anyEmpty ? pointer() : null, h('div', { class: 'chart-grid' }, figures), notes.container);
  notes.render();
}
