// Choosing a cohort: a file or a paste read into rows with a mapped preview, or the people hired in a range.
export { CohortSource, type CohortSourceProps } from './cohort-source';
export type { CohortOrigin } from './cohort-origin';
export { resetSource } from './source-store';
export { sourceCatalogue } from './translations';
