export { issuingHandlers, type IssuingDeps } from './issuing-handlers';
export { TapService } from './tap-service';
