/** localStorage key of the reader's theme choice ('light' | 'dark'; absent = follow the OS). Browser-safe. */
export const THEME_KEY = 'oc:theme';
