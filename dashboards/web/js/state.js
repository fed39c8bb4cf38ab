// The selection lives in the query string so that a view can be shared by its address.
// ?region=75&departement=40&metier=AS&annee=2024&niveaux=officiel&indicateur=tension_ratio
// (niveaux: the heatmap's levels, « observatoire » or « officiel » DARES – France Travail)

const KEYS = ['region', 'departement', 'metier', 'annee', 'niveaux', 'indicateur'];

/** Reads the selection from the current address (missing keys are null). */
export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) || null;
  return state;
}

/** Writes the selection to the address; push adds a history entry (user actions), else replaces it. */
export function writeState(state, { push = false } = {}) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key]) params.set(key, state[key]);
  }
  const url = `${window.location.pathname}?${params.toString()}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Calls back when the user navigates back or forward through shared selections. */
export function onStateNavigation(callback) {
  window.addEventListener('popstate', () => callback(readState()));
}
