// Quality of work life: absenteeism, turnover, vacant posts, share aged 55+, work accidents for the
// selected métier (and its member métiers for a group), in the department, its region and France.

import { h, replace, scrollTable, uid } from './dom.js';
import { NoteList, valueCell } from './notes.js';
import { QWL_INDICATORS } from './queries.js';

/**
 * A region's or France's name, followed by « départements chargés (n/N) » when its values sum only part of its
 * departments (status PARTIAL): a partial total is never labelled as the territory's.
 */
function placeLabel(place, observations) {
  const partial = observations.filter((o) => o.coverage < 1 && o.coverage > 0)
    .sort((a, b) => a.coverage - b.coverage)[0];
  if (!partial) return place.label;
  return `${place.label} — départements chargés (${partial.coveredTerritories}/${Math.round(partial.coveredTerritories / partial.coverage)})`;
}

/** Renders the table; data: the QWL query result; metiers: [{code,label}] in display order. */
export function renderQwl(container, { data, metiers, indicators, period, places }) {
  const all = [...(data.department?.nodes ?? []), ...(data.region?.nodes ?? []), ...(data.france?.nodes ?? [])];
  const byKey = new Map(all.map((o) => [`${o.metier.code}|${o.territory.level}|${o.indicator.code}`, o]));
  const present = metiers.filter((m) => all.some((o) => o.metier.code === m.code));
  if (present.length === 0) {
    replace(container, h('p', { class: 'empty', text: `Aucune donnée de qualité de vie au travail pour ce métier${period ? ` en ${period}` : ''} (enquête RH des employeurs).` }));
    return;
  }
  const notes = new NoteList(h('div', { class: 'section-notes' }), uid('qwl'));
  const table = h('table', { class: 'values qwl' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Territoire' }),
      QWL_INDICATORS.map((code) => h('th', { scope: 'col', text: indicators.get(code)?.labelFr ?? code })))),
    present.map((m) => h('tbody', { 'data-metier': m.code },
      h('tr', { class: 'group-row' }, h('th', { scope: 'colgroup', colspan: String(QWL_INDICATORS.length + 1), text: m.label })),
      places.map((place) => h('tr', { class: place.level === 'DEP' ? 'selected' : null },
        h('th', { scope: 'row', text: placeLabel(place, all.filter((o) => o.metier.code === m.code && o.territory.level === place.level)) }),
        QWL_INDICATORS.map((code) => {
          const o = byKey.get(`${m.code}|${place.level}|${code}`);
          return h('td', { 'data-indicator': code, 'data-level': place.level },
            o ? valueCell(o, code, o.unit ?? indicators.get(code)?.unit, notes) : h('span', { class: 'absent', title: 'Pas d’observation', text: '–' }));
        }))))));
  replace(container, scrollTable(`Qualité de vie au travail${period ? `, ${period}` : ''} — enquête RH des employeurs`, table), notes.container);
  notes.render();
}
