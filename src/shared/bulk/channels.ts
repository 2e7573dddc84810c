/** Bulk onboarding: a cohort from a list or a hire-date range, checked, issued and handed over person by person. */
export const bulkChannels = {
  'bulk:hires': 'findHires',
  'bulk:check': 'checkCohort',
  'bulk:issue': 'issueCohort',
  'bulk:control': 'controlCohortRun',
  'bulk:hand-over': 'handOverFromCohort',
  'bulk:sheet': 'printCohortSheet',
  'bulk:notify-preview': 'previewCohortNotices',
  'bulk:notify': 'sendCohortNotices',
  'bulk:close': 'closeCohort',
} as const;

export const bulkEventNames = ['event:bulk-progress'] as const;
