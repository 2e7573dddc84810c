export { issuingHandlers, type IssuingDeps } from './issuing-handlers';
export { securityInfoFor, TapService } from './tap-service';
