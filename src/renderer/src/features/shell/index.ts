// The window around the app: the application menu in the technician's language.
export { menuLabels } from './menu-labels';
export { shellCatalogue } from './translations';
export { useMenuLabels } from './use-menu-labels';
