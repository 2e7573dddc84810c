// Handing the new pass over, then following its use: the pass lives in this feature's store alone.
export { HandoffScreen } from './handoff-screen';
export { useHandoffStore } from './handoff-store';
export { usePassStatusStore } from './pass-status-store';
export { RevokePassButton } from './revoke-pass-button';
export { handoffCatalogue } from './translations';
