/** Diagram components for lessons, keyed by the name used in MDX. Owned by the lesson authors. */
export const figures = {};
