// The tension grid of a region and year, fetched once and shared by the default year, the heatmap and the
// pointers to the métier group the index is published for; which cells hold a usable level in each mode
// (the observatory's index or the official DARES – France Travail level).

import { gql } from './api.js';
import { h } from './dom.js';
import { normStatus } from './format.js';
import { TENSION_GRID } from './queries.js';

/** The two level sources of the heatmap, as written in the address (?niveaux=…). */
export const LEVEL_MODES = ['observatoire', 'officiel'];
export const DEFAULT_LEVEL_MODE = 'observatoire';

export const MODE_TEXT = {
  observatoire: {
    name: 'Niveaux de l’observatoire',
    short: 'niveau de l’observatoire',
    caption: 'Niveaux de tension de l’observatoire',
    source: 'Niveaux affichés : ceux de l’observatoire (indice composite calculé par l’observatoire : difficultés de recrutement et offres par demandeur d’emploi).',
  },
  officiel: {
    name: 'Niveaux officiels DARES – France Travail',
    short: 'niveau officiel DARES – France Travail',
    caption: 'Niveaux de tension officiels DARES – France Travail',
    source: 'Niveaux affichés : niveaux officiels publiés par la DARES et France Travail pour le code FAP du groupe de métiers (mêmes cases que l’indice de l’observatoire).',
  },
};

const grids = new Map();

/**
 * Forgets the grids fetched so far: called before each new selection, so that one selection asks each grid once
 * (default year, heatmap, pointers) while a later one sees a newly published edition.
 */
export function forgetGrids() {
  grids.clear();
}

/** tensionGrid(region, year), fetched once per region × year (a failed request is asked again next time). */
export function gridOf(region, year) {
  const key = `${region}|${year ?? ''}`;
  if (!grids.has(key)) {
    const request = gql(TENSION_GRID, { region, year: year == null ? null : Number(year) })
      .then((data) => data.tensionGrid ?? []);
    request.catch(() => { if (grids.get(key) === request) grids.delete(key); });
    grids.set(key, request);
  }
  return grids.get(key);
}

/** True when the cell has a level that can be read in this mode (not secret, not missing, not a fallback). */
export function usableLevel(entry, mode) {
  if (!entry) return false;
  if (mode === 'officiel') {
    return entry.official?.level != null && normStatus(entry.official.status) !== 'MISSING' && normStatus(entry.official.status) !== 'SECRET';
  }
  const status = normStatus(entry.status);
  return entry.level != null && status !== 'SECRET' && status !== 'MISSING';
}

/**
 * The latest year (of years, any order) whose tension grid of the region has at least one usable level in this
 * mode; the latest year when none has (the heatmap then says so). Asks the API year by year, newest first.
 */
export async function latestPublishedYear(region, years, mode) {
  const newestFirst = [...years].sort((a, b) => Number(b) - Number(a));
  if (!region) return newestFirst[0] ?? null;
  for (const year of newestFirst) {
    const entries = await gridOf(region, year);
    if (entries.some((e) => usableLevel(e, mode))) return year;
  }
  return newestFirst[0] ?? null;
}

/** « ADVF + TISF » for the group code « ADVF+TISF ». */
export function groupName(code) {
  return String(code).split('+').join(' + ');
}

/**
 * The rows of the grid that carry the index of a métier that has none of its own: the groups that contain it
 * (ADVF → ADVF+TISF), or, for a group without a row, the métiers and groups sharing one of its members.
 * Empty when the métier has its own row or nothing covers it.
 */
export function indexTargets(entries, code, metierByCode) {
  const rows = new Map(entries.map((e) => [e.metier.code, e.metier]));
  if (!code || rows.has(code)) return [];
  const membersOf = (c) => {
    const m = metierByCode.get(c);
    return m?.isGroup ? (m.members ?? []).map((x) => x.code) : [c];
  };
  const mine = membersOf(code);
  return [...rows.values()]
    .filter((m) => membersOf(m.code).some((c) => mine.includes(c)))
    .sort((a, b) => (b.isGroup - a.isGroup) || a.code.localeCompare(b.code));
}

function targetText(m) {
  if (!m.isGroup) return `le métier ${m.shortLabel ?? m.label}`;
  const label = m.shortLabel ?? m.label;
  return `le groupe ${groupName(m.code)}${label && label !== groupName(m.code) ? ` (${label})` : ''}`;
}

function joinFr(parts) {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

/**
 * The pointer shown instead of an empty panel: « L’indice de tension est publié pour le groupe ADVF + TISF » with
 * one button per group (or métier) that selects it. metier: the selected métier; year: the grid's year; brief: the
 * sentence and the buttons only (the heatmap gives the explanation).
 */
export function indexPointer(targets, { metier, year, onSelect, brief = false }) {
  const name = metier?.label ?? metier?.code ?? 'ce métier';
  return h('div', { class: 'group-pointer', role: 'note', dataset: { targets: targets.map((t) => t.code).join(' ') } },
    h('p', {}, h('strong', { text: `L’indice de tension est publié pour ${joinFr(targets.map(targetText))}.` }),
      brief ? null : ` « ${name} » n’a pas d’indice propre${year ? ` en ${year}` : ''} : l’indice est calculé par groupe de métiers, au grain de l’enquête BMO de France Travail.`),
    h('p', { class: 'pointer-actions' }, targets.map((t) => h('button', {
      type: 'button', class: 'select-group', dataset: { metier: t.code },
      text: t.isGroup ? `Afficher le groupe ${groupName(t.code)}` : `Afficher le métier ${t.shortLabel ?? t.label}`,
      onClick: () => onSelect(t.code),
    }))));
}
