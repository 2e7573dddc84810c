// Issuing a pass for the person picked: their card, the create form and what the tenant allows.
export { CreatePassForm } from './create-pass-form';
export { useCreatePassStore } from './create-pass-store';
export { useSelectionStore } from './selection-store';
export { UserCard } from './user-card';
export { issuingCatalogue } from './translations';
