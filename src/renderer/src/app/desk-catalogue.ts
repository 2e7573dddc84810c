import { accountsCatalogue } from '../features/accounts';
import { bulkCatalogue } from '../features/bulk';
import { callsCatalogue } from '../features/calls';
import { diagnosticsCatalogue } from '../features/diagnostics';
import { handoffCatalogue } from '../features/handoff';
import { issuingCatalogue } from '../features/issuing';
import { journalCatalogue } from '../features/journal';
import { managedCatalogue } from '../features/managed';
import { notifyCatalogue } from '../features/notify';
import { peopleCatalogue } from '../features/people';
import { preferencesCatalogue } from '../features/preferences';
import { settingsCatalogue } from '../features/settings';
import { shellCatalogue } from '../features/shell';
import { mergeCatalogues } from '../ui/i18n/catalogue';
import { uiCatalogue } from '../ui/translations';
import { appCatalogue } from './translations';

/** Every message the screens show, in every UI language, merged from the features' own catalogues. */
export const deskCatalogue = mergeCatalogues([
  appCatalogue,
  uiCatalogue,
  accountsCatalogue,
  peopleCatalogue,
  issuingCatalogue,
  handoffCatalogue,
  notifyCatalogue,
  settingsCatalogue,
  preferencesCatalogue,
  callsCatalogue,
  journalCatalogue,
  bulkCatalogue,
  managedCatalogue,
  diagnosticsCatalogue,
  shellCatalogue,
]);
