export { ClipboardGuard } from './clipboard-guard';
export { concealedPass, type ClipboardRepresentation } from './concealed-clipboard';
export { handoffHandlers, type HandoffDeps } from './handoff-handlers';
export { IssuedPassKeeper } from './issued-pass-keeper';
export { sheetFor, slipLanguageFor, type SlipPerson, type SlipTenant } from './slip/slip-service';
