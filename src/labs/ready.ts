/** The labs that are built (the others show "not available yet" where a lesson uses them). */
export const READY_LABS = ['race', 'inside', 'schedules', 'lr', 'pitfalls', 'param-groups'] as const;
