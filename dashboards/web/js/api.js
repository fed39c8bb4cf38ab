// The one GraphQL helper of the dashboard: POST /graphql with a JSON body, French errors for the user.

/** An error whose message can be shown to the analyst as is (French). */
export class ApiError extends Error {
  constructor(message, detail) {
    super(message);
    this.name = 'ApiError';
    this.detail = detail;
  }
}

const endpoint = new URL('graphql', document.baseURI).toString();

/**
 * Runs a GraphQL query and returns its data. Throws ApiError (French message) on network, HTTP or
 * GraphQL errors; rethrows AbortError untouched so superseded requests can be ignored.
 */
export async function gql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ApiError('Le serveur ne répond pas : vérifiez que « observatory serve » est lancé.', error);
  }
  let payload;
  try {
    payload = await response.json();
  } catch (error) {
    throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`, error);
  }
  if (Array.isArray(payload?.errors) && payload.errors.length > 0) {
    const messages = payload.errors.map((e) => e?.message ?? '?').join(' ; ');
    console.error('GraphQL errors', payload.errors);
    throw new ApiError(`La requête a échoué : ${messages}`, payload.errors);
  }
  if (!response.ok) {
    throw new ApiError(`Le serveur a répondu par une erreur (HTTP ${response.status}).`);
  }
  if (!payload || typeof payload.data !== 'object' || payload.data === null) {
    throw new ApiError('Le serveur n’a renvoyé aucune donnée.');
  }
  return payload.data;
}
