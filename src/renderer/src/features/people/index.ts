// Finding the person at the desk: the search box and its results.
export { SearchPanel } from './search-panel';
export { useSearchStore } from './search-store';
export { peopleCatalogue } from './translations';
