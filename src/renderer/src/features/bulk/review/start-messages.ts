import { defineMessages } from '../../../ui/i18n/define-messages';

/** When the batch's passes start and how long they are valid: the review's batch options. */
export const startMessages = defineMessages('bulkReviewStart', {
  hireTime: 'Time on the hire date',
  hireTimeMissing: 'Enter a time of day.',
  validOnHireDate:
    '{days, plural, =0 {Valid on each hire date from {from} to {to}.} one {Valid from {from} on each hire date until {to} the next day.} other {Valid from {from} on each hire date until {to}, # days later.}}',
  validFromTo: 'Valid from {from} to {to}.',
  endsBeforeNoonHire: 'Each pass ends at {to}, before noon of the hire date: anyone who arrives later finds theirs expired. Choose a longer lifetime or an earlier time.',
  endsBeforeNoonAt: 'The passes end at {to}, before noon of that day: anyone who comes later finds theirs expired. Choose a longer lifetime or an earlier time.',

  startsOnHireDate: '{count, plural, one {# pass starts on the person’s hire date.} other {# passes start on each person’s hire date.}}',
  startsNoHireDate:
    '{count, plural, one {# pass starts at once: the person’s hire date has passed or is not set.} other {# passes start at once: these people’s hire dates have passed or are not set.}}',
  startsAtChosen: '{count, plural, one {# pass starts at the chosen time.} other {# passes start at the chosen time.}}',
  startsOwn:
    '{count, plural, one {# pass starts at its own time, from the list or its row’s options.} other {# passes start at their own times, from the list or their rows’ options.}}',
  startsAtOnce: '{count, plural, one {# pass starts at once.} other {# passes start at once.}}',
});
