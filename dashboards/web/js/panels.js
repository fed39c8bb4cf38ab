// Loading, error and ready states of a dashboard section, and protection against stale answers
// (a slow answer to an older selection never overwrites the current one).

import { h, replace } from './dom.js';

const generations = new Map();

/** An error message block in French, with the technical detail in the console only. */
export function errorBox(error) {
  console.error(error);
  const message = error?.name === 'ApiError' ? error.message : 'Une erreur inattendue est survenue dans le tableau de bord.';
  return h('div', { class: 'error', role: 'alert' }, h('strong', { text: 'Erreur : ' }), message);
}

/**
 * Loads a section: marks it busy (data-state="loading"), awaits fetch(), then calls render(body, result)
 * unless a newer load started meanwhile. data-key records the selection the content belongs to.
 */
export async function loadPanel(section, key, fetch, render) {
  const body = section.querySelector('.panel-body');
  const generation = (generations.get(section.id) ?? 0) + 1;
  generations.set(section.id, generation);
  section.dataset.state = 'loading';
  section.setAttribute('aria-busy', 'true');
  const loading = h('p', { class: 'loading', role: 'status', text: 'Chargement des données…' });
  body.classList.add('stale');
  body.before(loading);
  try {
    const result = await fetch();
    if (generations.get(section.id) !== generation) return;
    render(body, result);
    section.dataset.key = key;
    section.dataset.state = 'ready';
  } catch (error) {
    if (generations.get(section.id) !== generation || error?.name === 'AbortError') return;
    replace(body, errorBox(error));
    section.dataset.key = key;
    section.dataset.state = 'error';
  } finally {
    loading.remove();
    if (generations.get(section.id) === generation) {
      body.classList.remove('stale');
      section.removeAttribute('aria-busy');
    }
  }
}
