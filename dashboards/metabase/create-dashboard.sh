#!/usr/bin/env bash
# Creates (or updates) the observatory's standard Metabase dashboard through Metabase's REST API:
#   1. logs in (POST /api/session) — or uses METABASE_API_KEY;
#   2. finds the DuckDB database by name; with OBSERVATORY_HOME set, creates it (read-only) or points it at
#      the build named by warehouse/current, then asks for a schema sync;
#   3. creates or updates one native question per questions/NN-<slug>.sql (matched by name);
#   4. creates the dashboard if missing (matched by name) and lays out the ten questions with its filters.
# Idempotent: run it again after each `observatory build` to follow the new build and re-sync.
# Needs bash, curl and node (for JSON; no jq).
#
# Environment:
#   METABASE_URL         e.g. http://localhost:3000 (required)
#   METABASE_USER / METABASE_PASSWORD   an administrator's login, or METABASE_API_KEY
#   METABASE_DATABASE    name of the Metabase database (default: "Observatoire — entrepôt publié")
#   METABASE_DASHBOARD   name of the dashboard (default: "Observatoire — tableau de bord standard")
#   METABASE_COLLECTION_ID  collection for the questions and the dashboard (default: none = root)
#   OBSERVATORY_HOME     the data home; when set, the database file is the build named by warehouse/current
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
questions_dir="${QUESTIONS_DIR:-$here/questions}"
url="${METABASE_URL:?METABASE_URL manquant (ex. http://localhost:3000)}"
url="${url%/}"
database_name="${METABASE_DATABASE:-Observatoire — entrepôt publié}"
dashboard_name="${METABASE_DASHBOARD:-Observatoire — tableau de bord standard}"
collection_id="${METABASE_COLLECTION_ID:-}"
auth_header=()

die() { echo "create-dashboard: $*" >&2; exit 1; }

# js EXPRESSION [ARGS...]: evaluates a JavaScript module snippet; stdin is available as `input` (parsed JSON when valid).
js() {
  local code="$1"; shift
  node --input-type=module -e "
    import fs from 'node:fs';
    const raw = fs.readFileSync(0, 'utf8');
    let input; try { input = JSON.parse(raw); } catch { input = raw; }
    const args = process.argv.slice(1);
    const out = await (async () => { $code })();
    if (out !== undefined) process.stdout.write(typeof out === 'string' ? out : JSON.stringify(out));
  " "$@"
}

# api METHOD PATH [JSON-BODY]: calls Metabase, prints the response body, fails on an HTTP error.
api() {
  local method="$1" path="$2" body="${3:-}" response status
  local args=(-sS -X "$method" -H 'Content-Type: application/json' -w '\n%{http_code}')
  if [[ ${#auth_header[@]} -gt 0 ]]; then args+=(-H "${auth_header[0]}"); fi
  if [[ -n "$body" ]]; then args+=(--data-binary "$body"); fi
  response="$(curl "${args[@]}" "$url$path")" || die "$method $path : Metabase injoignable à $url"
  status="${response##*$'\n'}"
  response="${response%$'\n'*}"
  if [[ "$status" -lt 200 || "$status" -ge 300 ]]; then
    die "$method $path : HTTP $status — $response"
  fi
  printf '%s' "$response"
}

# --- 1. login -------------------------------------------------------------------------------------
if [[ -n "${METABASE_API_KEY:-}" ]]; then
  auth_header=("x-api-key: $METABASE_API_KEY")
else
  login="$(printf '' | js 'return {username: args[0], password: args[1]};' \
    "${METABASE_USER:?METABASE_USER manquant}" "${METABASE_PASSWORD:?METABASE_PASSWORD manquant}")"
  token="$(api POST /api/session "$login" | js 'return input.id ?? "";')"
  [[ -n "$token" ]] || die "connexion refusée : pas de jeton de session"
  auth_header=("X-Metabase-Session: $token")
fi

# --- 2. the database ------------------------------------------------------------------------------
database_file=""
if [[ -n "${OBSERVATORY_HOME:-}" ]]; then
  pointer="$OBSERVATORY_HOME/warehouse/current"
  [[ -f "$pointer" ]] || die "aucun entrepôt publié dans $OBSERVATORY_HOME (lancez « observatory build »)"
  relative="$(head -n 1 "$pointer" | tr -d '\r')"
  database_file="$(cd "$OBSERVATORY_HOME/warehouse" && cd "$(dirname "$relative")" && pwd)/$(basename "$relative")"
  [[ -f "$database_file" ]] || die "le pointeur $pointer désigne $relative, introuvable"
fi

database="$(api GET /api/database | js '
  const list = Array.isArray(input) ? input : (input.data ?? []);
  const found = list.find(d => d.name === args[0]);
  return found ? JSON.stringify(found) : "";' "$database_name")"
if [[ -z "$database" ]]; then
  [[ -n "$database_file" ]] || die "base « $database_name » absente de Metabase : définissez OBSERVATORY_HOME pour la créer"
  body="$(printf '' | js 'return {engine: "duckdb", name: args[0], is_full_sync: true,
    details: {database_file: args[1], read_only: true, old_implicit_casting: true}};' "$database_name" "$database_file")"
  database_id="$(api POST /api/database "$body" | js 'return String(input.id);')"
  echo "base créée : $database_name (id $database_id) → $database_file"
else
  database_id="$(printf '%s' "$database" | js 'return String(input.id);')"
  current_file="$(printf '%s' "$database" | js 'return input.details?.database_file ?? "";')"
  if [[ -n "$database_file" && "$current_file" != "$database_file" ]]; then
    body="$(printf '%s' "$database" | js 'return {details: {...input.details, database_file: args[0], read_only: true}};' "$database_file")"
    api PUT "/api/database/$database_id" "$body" > /dev/null
    echo "base $database_name (id $database_id) → $database_file"
  fi
fi
api POST "/api/database/$database_id/sync_schema" '{}' > /dev/null
echo "synchronisation du schéma demandée (base $database_id)"

# --- 3. the questions -----------------------------------------------------------------------------
existing_cards="$(api GET '/api/card?f=all')"
card_ids=()
for file in "$questions_dir"/[0-9][0-9]-*.sql; do
  payload="$(js '
    const [file, databaseId, collection] = args;
    const sql = fs.readFileSync(file, "utf8");
    const header = key => (sql.match(new RegExp("^-- " + key + ": (.*)$", "m")) ?? [])[1];
    const tags = {};
    for (const m of sql.matchAll(/^-- variable: (\w+) (text|number) "([^"]*)" (\S+)$/gm)) {
      tags[m[1]] = {id: "observatory-" + m[1], name: m[1], "display-name": m[3], type: m[2],
        default: m[2] === "number" ? Number(m[4]) : m[4], required: true};
    }
    const query = sql.split("\n").filter(l => !/^-- (name|description|display|variable):/.test(l)).join("\n").trim();
    return {name: header("name"), description: header("description") ?? null, display: header("display") ?? "table",
      visualization_settings: {}, collection_id: collection ? Number(collection) : null,
      dataset_query: {type: "native", database: Number(databaseId), native: {query, "template-tags": tags}}};
  ' "$file" "$database_id" "$collection_id" < /dev/null)"
  name="$(printf '%s' "$payload" | js 'return input.name;')"
  [[ -n "$name" ]] || die "$file : ligne « -- name: » manquante"
  id="$(printf '%s' "$existing_cards" | js '
    const found = (Array.isArray(input) ? input : input.data ?? []).find(c => c.name === args[0] && !c.archived);
    return found ? String(found.id) : "";' "$name")"
  if [[ -n "$id" ]]; then
    api PUT "/api/card/$id" "$payload" > /dev/null
    echo "question mise à jour : $name (id $id)"
  else
    id="$(api POST /api/card "$payload" | js 'return String(input.id);')"
    echo "question créée : $name (id $id)"
  fi
  card_ids+=("$id:$file")
done
[[ ${#card_ids[@]} -gt 0 ]] || die "aucune question dans $questions_dir"

# --- 4. the dashboard -----------------------------------------------------------------------------
dashboard_id="$(api GET /api/dashboard | js '
  const found = (Array.isArray(input) ? input : input.data ?? []).find(d => d.name === args[0] && !d.archived);
  return found ? String(found.id) : "";' "$dashboard_name")"
if [[ -z "$dashboard_id" ]]; then
  body="$(printf '' | js 'return {name: args[0], collection_id: args[1] ? Number(args[1]) : null,
    description: "Tensions de recrutement des métiers du soin et de l’accompagnement (schéma pub de l’entrepôt publié)."};' \
    "$dashboard_name" "$collection_id")"
  dashboard_id="$(api POST /api/dashboard "$body" | js 'return String(input.id);')"
  echo "tableau de bord créé : $dashboard_name (id $dashboard_id)"
fi

layout="$(api GET "/api/dashboard/$dashboard_id" | js '
  const existing = new Map((input.dashcards ?? input.ordered_cards ?? []).map(d => [d.card_id, d.id]));
  const filters = {
    territory: {name: "Territoire", type: "string/=", default: "01"},
    region: {name: "Région", type: "string/=", default: "84"},
    year: {name: "Année", type: "number/=", default: 2024},
    metier: {name: "Métier", type: "string/=", default: "IDE"},
    indicator: {name: "Indicateur", type: "string/=", default: "recruitment_difficulty_rate"},
    level: {name: "Niveau territorial", type: "string/=", default: "DEP"},
  };
  const used = new Set();
  let next = -1;
  const dashcards = args.map((entry, i) => {
    const [cardId, file] = [Number(entry.slice(0, entry.indexOf(":"))), entry.slice(entry.indexOf(":") + 1)];
    const sql = fs.readFileSync(file, "utf8");
    const tags = [...sql.matchAll(/^-- variable: (\w+) /gm)].map(m => m[1]).filter(t => filters[t]);
    tags.forEach(t => used.add(t));
    return {id: existing.get(cardId) ?? next--, card_id: cardId, row: Math.floor(i / 2) * 6, col: (i % 2) * 12,
      size_x: 12, size_y: 6, series: [], visualization_settings: {},
      parameter_mappings: tags.map(t => ({parameter_id: "observatory-" + t, card_id: cardId, target: ["variable", ["template-tag", t]]}))};
  });
  const parameters = Object.entries(filters).filter(([k]) => used.has(k))
    .map(([k, f]) => ({id: "observatory-" + k, name: f.name, slug: k, type: f.type, default: f.default}));
  return {parameters, dashcards};
' "${card_ids[@]}")"
api PUT "/api/dashboard/$dashboard_id" "$layout" > /dev/null
echo "tableau de bord prêt : $url/dashboard/$dashboard_id (${#card_ids[@]} questions)"
