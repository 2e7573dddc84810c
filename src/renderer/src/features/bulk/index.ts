// Bulk onboarding: a cohort from a list or a hire-date range, checked, issued in one run and handed over.
import { mergeCatalogues } from '../../ui/i18n/catalogue';
import { reviewCatalogue } from './review';
import { sourceCatalogue } from './source';
import { bulkOwnCatalogue } from './translations';

export { BulkButton } from './bulk-button';
export { BulkScreen } from './bulk-screen';
export { resetBulk, useBulkStore } from './bulk-store';
export { useBulkShortcut } from './use-bulk-shortcut';

/** The bulk screens' messages: the flow's own, and those of choosing and reviewing the cohort. */
export const bulkCatalogue = mergeCatalogues([bulkOwnCatalogue, sourceCatalogue, reviewCatalogue]);
