// Entry point: loads the catalogue (edition, territories, métiers, indicators), keeps the selection
// in the address, fills the selectors and (re)loads the four panels when the selection changes.

import { ApiError, gql } from './api.js';
import { h, replace } from './dom.js';
import { formatAge, formatDateTime } from './format.js';
import { legend, renderHeatmap } from './heatmap.js';
import { errorBox, loadPanel } from './panels.js';
import { BOOTSTRAP, COMPARE, COMPARE_INDICATORS, DEPARTMENTS, QWL, QWL_INDICATORS, SERIES, TENSION_GRID } from './queries.js';
import { renderCompare } from './compare.js';
import { renderQwl } from './qwl.js';
import { renderSeries } from './series.js';
import { onStateNavigation, readState, writeState } from './state.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'), edition: $('edition'), form: $('filters'),
  region: $('select-region'), departement: $('select-departement'), metier: $('select-metier'),
  annee: $('select-annee'), indicateur: $('select-indicateur'),
  heatmap: $('heatmap'), heatDetail: $('heatmap-detail'), series: $('series'), compare: $('compare'), qwl: $('qwl'),
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
  if (!catalog.tensionYears.includes(next.annee)) next.annee = catalog.tensionYears[0] ?? null;
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
}

function context(departments) {
  const metier = catalog.metierByCode.get(state.metier);
  const dep = departments.find((d) => d.code === state.departement);
  return `${metier?.label ?? state.metier} — ${dep ? `${dep.label} (${dep.code})` : state.departement}`;
}

function loadPanels(departments, { focusCell } = {}) {
  const ctx = context(departments);
  for (const el of document.querySelectorAll('[data-context]')) el.textContent = ctx;
  const region = catalog.regions.find((r) => r.code === state.region);
  const year = state.annee ? Number(state.annee) : null;
  loadPanel(ui.heatmap, `${state.region}|${state.annee}|${state.metier}|${state.departement}`,
    () => gql(TENSION_GRID, { region: state.region, year }),
    (body, data) => {
      // Columns: the departments with an index (sample or partial data), and always the selected one.
      const shown = departments.filter((d) => d.code === state.departement || data.tensionGrid.some((e) => e.territory.code === d.code));
      renderHeatmap(body, { entries: data.tensionGrid, departments: shown, selection: state, detail: ui.heatDetail, onSelect: selectCell });
      const cell = focusCell && body.querySelector(`button.cell[data-metier="${CSS.escape(focusCell[0])}"][data-territory="${CSS.escape(focusCell[1])}"]`);
      if (cell) cell.focus();
    });
  const key = `${state.metier}|${state.departement}`;
  loadPanel(ui.series, key, () => gql(SERIES, { metier: state.metier, territory: state.departement }),
    (body, data) => renderSeries(body, { data, indicators: catalog.indicators, context: ctx }));
  loadPanel(ui.compare, `${key}|${state.indicateur}`,
    () => gql(COMPARE, { indicator: state.indicateur, metier: state.metier, territory: state.departement }),
    (body, data) => renderCompare(body, { comparison: data.compare, context: catalog.metierByCode.get(state.metier)?.label ?? state.metier }));
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

function renderEdition(edition) {
  const age = formatAge(edition.builtAt);
  replace(ui.edition,
    h('span', {}, 'Édition ', h('strong', { class: 'edition-run', text: edition.run })),
    h('span', {}, ' · données publiées le ', h('time', { datetime: edition.builtAt, text: formatDateTime(edition.builtAt) }), age ? ` (${age})` : ''),
    edition.referenceYear ? h('span', { text: ` · année de référence de l’indice : ${edition.referenceYear}` }) : null);
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
  renderEdition(data.edition);
  catalog.regions = [...data.regions].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  catalog.metiers = data.metiers;
  catalog.metierByCode = new Map(data.metiers.map((m) => [m.code, m]));
  catalog.indicators = new Map(data.indicators.map((i) => [i.code, i]));
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
onStateNavigation((wanted) => apply(wanted));
ui.form.addEventListener('submit', (event) => event.preventDefault());
$('heatmap-legend').append(legend());
start();
