export { bulkHandlers, type BulkDeps } from './bulk-handlers';
export { CohortNotices } from './cohort-notices';
export { CohortService } from './cohort-service';
export { CohortStore } from './cohort-store';
