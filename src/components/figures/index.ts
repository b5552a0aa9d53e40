/**
 * Diagram components for lessons, registered automatically: every `./Name.astro` in this folder is available in
 * MDX as `<Name />`. Each figure takes its labels from its own i18n namespace (src/i18n/strings/fig-*.ts).
 */
const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

export const figures: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.replace(/^\.\/(.*)\.astro$/, '$1'), mod.default]),
);
