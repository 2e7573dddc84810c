// Reviewing a checked cohort: each row's finding and choice, the batch's options, and the rows to issue.
export { CohortReview, type CohortReviewProps } from './cohort-review';
export { resetReview } from './review-store';
export { reviewCatalogue } from './translations';
