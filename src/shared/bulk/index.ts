export * from './bulk-contract';
export * from './channels';
export * from './cohort-findings';
export * from './cohort-handover';
export * from './cohort-rows';
export * from './cohort-run';
