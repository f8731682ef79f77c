/**
 * Where a piece of feedback is in its life: reviewers move it forward; published means shown on "You said, we did".
 * Its own file, importing nothing, so the web app can share the list without bundling the repository.
 */
export const FEEDBACK_STATUSES = ['new', 'acknowledged', 'responded', 'published', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
