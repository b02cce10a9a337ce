// @waymark/analytics — the actual journey from event logs and survey feedback (issue #6).
export const ANALYTICS_PACKAGE = '@waymark/analytics';
