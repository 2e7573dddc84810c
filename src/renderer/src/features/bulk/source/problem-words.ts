import { MAX_COHORT_ROWS, serviceLimits, type CohortProblem, type CohortProblemCode } from '../../../../../shared';
import { formatLifetimeRange } from '../../../format/duration';
import type { Message } from '../../../ui/i18n/define-messages';
import { sourceMessages as m } from './messages';

const problemMessages: Readonly<Record<CohortProblemCode, Message>> = {
  no_rows: m.problemNoRows,
  too_many_rows: m.problemTooManyRows,
  no_key_column: m.problemNoKeyColumn,
  unclosed_quote: m.problemUnclosedQuote,
  malformed_quote: m.problemMalformedQuote,
  no_key: m.problemNoKey,
  bad_key: m.problemBadKey,
  duplicate_key: m.problemDuplicateKey,
  bad_lifetime: m.problemBadLifetime,
  lifetime_out_of_range: m.problemLifetimeOutOfRange,
  bad_start: m.problemBadStart,
  ambiguous_start: m.problemAmbiguousStart,
  bad_boolean: m.problemBadBoolean,
  bad_language: m.problemBadLanguage,
};

/** What a problem costs, in a second sentence; a problem of the whole list says it by itself. */
const effectMessages: Readonly<Record<CohortProblem['effect'], Message | null>> = {
  list: null,
  row: m.effectRow,
  option: m.effectOption,
};

/** The problem in the technician's words: what is wrong where, then what it costs. */
export const problemWords = (problem: CohortProblem): { text: Message; values: Record<string, string | number>; effect: Message | null } => ({
  text: problemMessages[problem.code],
  values: {
    line: problem.line,
    value: problem.value ?? '',
    field: problem.field ?? 'ignore',
    firstLine: problem.firstLine ?? 0,
    count: problem.count ?? 0,
    max: MAX_COHORT_ROWS,
    range: formatLifetimeRange(serviceLimits),
    // ISO needs no day-or-month guess: the one spelling every list's locale reads alike.
    example: '2026-12-07',
  },
  effect: effectMessages[problem.effect],
});
