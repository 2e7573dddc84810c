/** Where a cohort's rows came from, for the flow to keep with the batch. */
export type CohortOrigin = { kind: 'file'; name: string } | { kind: 'paste' } | { kind: 'hires'; from: string; to: string };
