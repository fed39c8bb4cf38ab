// Entry point: loads the catalogue (edition, territories, métiers, indicators), keeps the selection
// in the address, fills the selectors and (re)loads the four panels when the selection changes.
// The year opened by default is the latest one whose tension grid has a usable level (asked to the API).

import { ApiError, gql } from './api.js';
import { h, replace } from './dom.js';
import { formatAge, formatDateTime } from './format.js';
import { legend, renderHeatmap } from './heatmap.js';
import { errorBox, loadPanel } from './panels.js';
import { BOOTSTRAP, COMPARE, COMPARE_INDICATORS, DEPARTMENTS, QWL, QWL_INDICATORS, SERIES } from './queries.js';
import { renderCompare } from './compare.js';
import { renderQwl } from './qwl.js';
import { renderSeries } from './series.js';
import { NARROW_SCREEN } from './line-chart.js';
import { onStateNavigation, readState, writeState } from './state.js';
import { DEFAULT_LEVEL_MODE, LEVEL_MODES, MODE_TEXT, forgetGrids, gridOf, indexPointer, indexTargets, latestPublishedYear, usableLevel } from './tension.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'), edition: $('edition'), form: $('filters'),
  region: $('select-region'), departement: $('select-departement'), metier: $('select-metier'),
  annee: $('select-annee'), indicateur: $('select-indicateur'),
  heatmap: $('heatmap'), heatDetail: $('heatmap-detail'), series: $('series'), compare: $('compare'), qwl: $('qwl'),
  niveaux: [...document.querySelectorAll('input[name="niveaux"]')], legend: $('heatmap-legend'), levelSource: $('heatmap-source'),
};

const catalog = { regions: [], metiers: [], metierByCode: new Map(), indicators: new Map(), tensionYears: [], qwlYears: [], probe: null };
const departmentsByRegion = new Map();
let state = {};

function options(select, items, selected) {
  replace(select, items.map((item) => item.group
    ? h('optgroup', { label: item.group }, item.items.map((o) => h('option', { value: o.value, text: o.text, selected: o.value === selected })))
    : h('option', { value: item.value, text: item.text, selected: item.value === selected })));
  select.value = selected ?? '';
}

function label(m) {
  return m?.label ?? m?.code ?? '';
}

async function departmentsOf(region) {
  if (!departmentsByRegion.has(region)) {
    const data = await gql(DEPARTMENTS, { region });
    departmentsByRegion.set(region, [...data.territories].sort((a, b) => a.code.localeCompare(b.code)));
  }
  return departmentsByRegion.get(region);
}

/** Keeps only valid choices, filling gaps from the data (a department with a tension index). */
async function resolve(wanted) {
  const probe = catalog.probe;
  const next = { ...wanted };
  if (!catalog.regions.some((r) => r.code === next.region)) {
    next.region = probe?.territory?.parent?.code ?? catalog.regions[0]?.code ?? null;
  }
  const departments = next.region ? await departmentsOf(next.region) : [];
  if (!departments.some((d) => d.code === next.departement)) {
    next.departement = departments.find((d) => d.code === probe?.territory?.code)?.code ?? departments[0]?.code ?? null;
  }
  if (!catalog.metierByCode.has(next.metier)) {
    // First single métier of the catalogue: it has offers, job seekers and quality-of-work-life data.
    next.metier = catalog.metiers.find((m) => !m.isGroup)?.code ?? probe?.metier?.code ?? catalog.metiers[0]?.code ?? null;
  }
  if (!LEVEL_MODES.includes(next.niveaux)) next.niveaux = DEFAULT_LEVEL_MODE;
  if (!catalog.tensionYears.includes(next.annee)) {
    // The latest year with a published level in this region, not merely the latest year of the index.
    // When the grid cannot be read, the newest year: the heatmap panel then shows the API's error itself.
    next.annee = await latestPublishedYear(next.region, catalog.tensionYears, next.niveaux)
      .catch(() => [...catalog.tensionYears].sort((a, b) => Number(b) - Number(a))[0] ?? null);
  }
  if (!COMPARE_INDICATORS.includes(next.indicateur)) next.indicateur = COMPARE_INDICATORS[0];
  return { state: next, departments };
}

function fillSelectors(departments) {
  options(ui.region, catalog.regions.map((r) => ({ value: r.code, text: r.label })), state.region);
  options(ui.departement, departments.map((d) => ({ value: d.code, text: `${d.label} (${d.code})` })), state.departement);
  const single = catalog.metiers.filter((m) => !m.isGroup);
  const groups = catalog.metiers.filter((m) => m.isGroup);
  options(ui.metier, [
    { group: 'Métiers', items: single.map((m) => ({ value: m.code, text: label(m) })) },
    { group: 'Regroupements de métiers (indice de tension)', items: groups.map((m) => ({ value: m.code, text: label(m) })) },
  ], state.metier);
  options(ui.annee, catalog.tensionYears.map((y) => ({ value: y, text: y })), state.annee);
  options(ui.indicateur, COMPARE_INDICATORS.map((c) => ({ value: c, text: catalog.indicators.get(c)?.labelFr ?? c })), state.indicateur);
  for (const radio of ui.niveaux) radio.checked = radio.value === state.niveaux;
  if (ui.legend.firstElementChild?.dataset.mode !== state.niveaux) replace(ui.legend, legend(state.niveaux));
  ui.levelSource.textContent = MODE_TEXT[state.niveaux]?.source ?? '';
}

function context(departments) {
  const metier = catalog.metierByCode.get(state.metier);
  const dep = departments.find((d) => d.code === state.departement);
  return `${metier?.label ?? state.metier} — ${dep ? `${dep.label} (${dep.code})` : state.departement}`;
}

/** The pointer to the groups carrying the index, when the selected métier has no row of its own (else null). */
function pointerFor(entries, year, brief = false) {
  if (!entries) return null;
  const targets = indexTargets(entries, state.metier, catalog.metierByCode);
  if (targets.length === 0) return null;
  return indexPointer(targets, { metier: catalog.metierByCode.get(state.metier), year, onSelect: selectMetier, brief });
}

/** Says that no level of this mode is published for the year, with a button to the latest year that has some. */
function emptyYearNotice(year, latest, mode) {
  const what = mode === 'officiel' ? 'Aucun niveau officiel DARES – France Travail publié' : 'Aucun niveau de l’observatoire publié';
  return h('div', { class: 'year-notice', role: 'note' },
    h('p', { text: `${what} pour ${year} dans cette région : les cases sont « s » (secret statistique) ou « nd » (non disponible)${mode === 'officiel' ? '' : ', au mieux un niveau de repli « * » d’un territoire plus large'}.` }),
    latest && latest !== String(year)
      ? h('p', {}, h('button', { type: 'button', class: 'select-year', dataset: { year: latest },
        text: `Afficher ${latest}, dernière année avec des niveaux publiés`, onClick: () => apply({ ...state, annee: latest }, { push: true }) }))
      : null);
}

function loadPanels(departments, { focusCell } = {}) {
  const ctx = context(departments);
  for (const el of document.querySelectorAll('[data-context]')) el.textContent = ctx;
  const region = catalog.regions.find((r) => r.code === state.region);
  const year = state.annee ? Number(state.annee) : null;
  const mode = state.niveaux;
  const grid = () => gridOf(state.region, year);
  const gridOrNothing = () => grid().catch(() => null); // the pointer to a group is a help, never an error
  loadPanel(ui.heatmap, `${state.region}|${state.annee}|${mode}|${state.metier}|${state.departement}`,
    async () => {
      const entries = await grid();
      const empty = entries.length > 0 && !entries.some((e) => usableLevel(e, mode));
      const latest = empty ? await latestPublishedYear(state.region, catalog.tensionYears, mode) : null;
      return { entries, empty, latest };
    },
    (body, { entries, empty, latest }) => {
      // Columns: the departments with an index (sample or partial data), and always the selected one.
      const shown = departments.filter((d) => d.code === state.departement || entries.some((e) => e.territory.code === d.code));
      const notices = [pointerFor(entries, year), empty ? emptyYearNotice(year, latest, mode) : null].filter(Boolean);
      renderHeatmap(body, { entries, departments: shown, selection: state, detail: ui.heatDetail, onSelect: selectCell, mode, notices });
      const cell = focusCell && body.querySelector(`button.cell[data-metier="${CSS.escape(focusCell[0])}"][data-territory="${CSS.escape(focusCell[1])}"]`);
      if (cell) cell.focus();
    });
  const key = `${state.metier}|${state.departement}`;
  loadPanel(ui.series, key,
    () => Promise.all([gql(SERIES, { metier: state.metier, territory: state.departement }), gridOrNothing()]),
    (body, [data, entries]) => renderSeries(body, { data, indicators: catalog.indicators, context: ctx, pointer: () => pointerFor(entries, year, true) }));
  loadPanel(ui.compare, `${key}|${state.indicateur}`,
    () => Promise.all([gql(COMPARE, { indicator: state.indicateur, metier: state.metier, territory: state.departement }), gridOrNothing()]),
    (body, [data, entries]) => renderCompare(body, { comparison: data.compare, context: catalog.metierByCode.get(state.metier)?.label ?? state.metier,
      pointer: () => pointerFor(entries, year, true) }));
  const metier = catalog.metierByCode.get(state.metier);
  const metiers = [metier, ...(metier?.members ?? []).filter((m) => m.code !== metier.code)].filter(Boolean);
  const period = catalog.qwlYears[0] ?? null;
  const dep = departments.find((d) => d.code === state.departement);
  loadPanel(ui.qwl, key,
    () => gql(QWL, { metiers: metiers.map((m) => m.code), department: state.departement, region: state.region, indicators: QWL_INDICATORS, period }),
    (body, data) => renderQwl(body, { data, metiers, indicators: catalog.indicators, period,
      places: [{ level: 'DEP', label: dep?.label ?? state.departement }, { level: 'REG', label: region?.label ?? 'Région' }, { level: 'NAT', label: 'France' }] }));
}

let applying = 0;

async function apply(wanted, { push = false, focusCell = null } = {}) {
  const mine = ++applying;
  forgetGrids();
  try {
    const resolved = await resolve(wanted);
    if (mine !== applying) return; // a newer selection is being applied
    state = resolved.state;
    writeState(state, { push });
    fillSelectors(resolved.departments);
    loadPanels(resolved.departments, { focusCell });
  } catch (error) {
    replace(ui.status, errorBox(error));
  }
}

function selectCell(metier, departement) {
  apply({ ...state, metier, departement }, { push: true, focusCell: [metier, departement] });
}

/** From a pointer: shows the group carrying the index, and puts the focus on its cell of the department. */
function selectMetier(metier) {
  selectCell(metier, state.departement);
}

function renderEdition(edition) {
  const age = formatAge(edition.builtAt);
  replace(ui.edition,
    h('span', {}, 'Édition ', h('strong', { class: 'edition-run', text: edition.run })),
    h('span', {}, ' · données publiées le ', h('time', { datetime: edition.builtAt, text: formatDateTime(edition.builtAt) }), age ? ` (${age})` : ''),
    referenceText(edition.referenceFirstYear, edition.referenceLastYear));
}

/**
 * The reference period of the index (the years whose métiers of France standardise the z-scores and set the level cut
 * points), worded so that it is not read as the year shown; its explanation is the catalogue's own period convention of
 * tension_index.
 */
function referenceText(firstYear, lastYear) {
  if (firstYear == null || lastYear == null) return null;
  const period = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  const convention = catalog.indicators.get('tension_index')?.periodConvention;
  return h('span', { class: 'reference-period', title: convention ?? null },
    ' · ', h('span', { class: 'reference-label', text: 'Période de référence de l’indice : ' }),
    h('strong', { class: 'reference-year', text: period }),
    ' (tous les métiers de France : base de standardisation des scores et des seuils de niveaux, distincte de l’année affichée)');
}

async function start() {
  replace(ui.status, h('p', { class: 'loading', text: 'Chargement du tableau de bord…' }));
  let data;
  try {
    data = await gql(BOOTSTRAP);
  } catch (error) {
    replace(ui.status, errorBox(error instanceof ApiError ? error : new ApiError('Le tableau de bord n’a pas pu démarrer.')),
      h('button', { type: 'button', class: 'retry', text: 'Réessayer', onClick: start }));
    return;
  }
  ui.status.replaceChildren();
  catalog.indicators = new Map(data.indicators.map((i) => [i.code, i]));
  renderEdition(data.edition);
  catalog.regions = [...data.regions].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  catalog.metiers = data.metiers;
  catalog.metierByCode = new Map(data.metiers.map((m) => [m.code, m]));
  catalog.tensionYears = data.tensionYears ?? [];
  catalog.qwlYears = data.qwlYears ?? [];
  catalog.probe = data.probe?.nodes?.[0] ?? null;
  ui.form.hidden = false;
  $('contenu').hidden = false;
  await apply(readState());
  document.body.dataset.ready = 'true';
}

for (const key of ['region', 'departement', 'metier', 'annee', 'indicateur']) {
  ui[key].addEventListener('change', () => {
    const next = { ...state, [key]: ui[key].value };
    if (key === 'region') next.departement = null;
    apply(next, { push: true });
  });
}
for (const radio of ui.niveaux) {
  radio.addEventListener('change', () => {
    if (radio.checked) apply({ ...state, niveaux: radio.value }, { push: true });
  });
}
onStateNavigation((wanted) => apply(wanted));
// The charts are drawn for the screen's width (line-chart.js chartWidth): redrawn when it crosses the phone breakpoint.
window.matchMedia(NARROW_SCREEN).addEventListener('change', () => {
  if (document.body.dataset.ready === 'true') apply(state);
});
ui.form.addEventListener('submit', (event) => event.preventDefault());
ui.legend.append(legend(DEFAULT_LEVEL_MODE));
start();
