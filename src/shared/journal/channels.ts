/** The desk journal: what this desk did, the live state of the passes it issued, and the tenant's passes from Entra. */
export const journalChannels = {
  'journal:today': 'journalToday',
  'journal:statuses': 'passStatuses',
  'journal:tenant': 'tenantPasses',
  'journal:export': 'exportJournal',
  'journal:consent': 'consentToAuditLog',
} as const;

export const journalEventNames = ['event:journal-problem'] as const;
