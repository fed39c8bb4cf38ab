// GraphQL documents of the dashboard (field names from the API contract).

/** Indicators of the time-series panel and of the quality-of-work-life table. */
export const SERIES_INDICATORS = ['tension_ratio', 'recruitment_difficulty_rate', 'job_offers', 'job_seekers_a'];
export const QWL_INDICATORS = ['absenteeism_rate', 'turnover_rate', 'vacant_fte_rate', 'share_55_plus', 'work_accident_frequency'];
export const COMPARE_INDICATORS = ['tension_ratio', 'recruitment_difficulty_rate', 'tension_index', 'job_offers',
  'job_seekers_a', 'absenteeism_rate', 'turnover_rate', 'share_55_plus'];

export const BOOTSTRAP = `
query DashboardBootstrap {
  edition { run builtAt referenceFirstYear referenceLastYear }
  regions: territories(level: REG) { code label }
  metiers(includeGroups: true) { code label shortLabel isGroup sector members { code label shortLabel } }
  indicators { code labelFr unit direction family periodConvention }
  tensionYears: periods(indicator: "tension_index")
  qwlYears: periods(indicator: "absenteeism_rate")
  probe: observations(filter: { indicators: ["tension_index"], level: DEP }, first: 1) {
    nodes { metier { code } territory { code parent { code } } }
  }
}`;

export const DEPARTMENTS = `
query DashboardDepartments($region: ID!) {
  territories(level: DEP, parent: $region) { code label }
}`;

export const TENSION_GRID = `
query DashboardTensionGrid($region: ID!, $year: Int) {
  tensionGrid(region: $region, year: $year) {
    metier { code label shortLabel isGroup }
    territory { code label }
    rank year index level label status
    components { indicator { code labelFr unit } role value level }
    fallback { territory { code label level } index level }
    official { level label status }
  }
}`;

const SERIES_FIELDS = 'period value status disclosureReason footnotes unit';

export const SERIES = `
query DashboardSeries($metier: ID!, $territory: ID!) {
${SERIES_INDICATORS.map((code) => `  ${code}: series(indicator: "${code}", metier: $metier, territory: $territory, level: DEP) { ${SERIES_FIELDS} }`).join('\n')}
}`;

export const COMPARE = `
query DashboardCompare($indicator: ID!, $metier: ID!, $territory: ID!) {
  compare(indicator: $indicator, metier: $metier, territory: $territory) {
    indicator { code labelFr unit }
    period
    territory { ...Row }
    region { ...Row }
    france { ...Row }
    departments { ...Row }
  }
}
fragment Row on ComparisonRow { territory { code label level } value status rank coverageLabel }`;

const OBS_FIELDS = 'nodes { indicator { code } metier { code } territory { code label level } period value status disclosureReason footnotes unit coverage coveredTerritories }';

export const QWL = `
query DashboardQualityOfWorkLife($metiers: [ID!], $department: ID!, $region: ID!, $indicators: [ID!], $period: String) {
  department: observations(filter: { indicators: $indicators, metiers: $metiers, territories: [$department], level: DEP, from: $period, to: $period }, first: 500) { ${OBS_FIELDS} }
  region: observations(filter: { indicators: $indicators, metiers: $metiers, territories: [$region], level: REG, from: $period, to: $period }, first: 500) { ${OBS_FIELDS} }
  france: observations(filter: { indicators: $indicators, metiers: $metiers, level: NAT, from: $period, to: $period }, first: 500) { ${OBS_FIELDS} }
}`;
