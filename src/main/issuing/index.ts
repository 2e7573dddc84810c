export { issuingHandlers, type IssuingDeps } from './issuing-handlers';
export { securityInfoFor, TapService } from './tap-service';
export { previousPassFate, unknownOutcomeCause } from './unknown-outcome';
