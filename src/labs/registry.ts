/**
 * The labs, in one place: every lab's id (= `<Lab id>`, the route /{lang}/labs/<id>/ and `#lab=<id>`), the module
 * that mounts it, the presets `<Lab preset>` accepts, and the keys its state uses in the URL. Routes, the sidebar,
 * the home page, `<Lab>`, `<oc-lab>` and the content check all read this table; UI strings follow the names
 * `lab.<id>.title` / `lab.<id>.desc` in src/i18n/strings/labs.ts (tests/labs-registry.test.ts checks them).
 *
 * Adding a lab: its logic + test in src/labs/, a `mount()` module in src/components/labs/, its strings, and one
 * entry here. The table stays light (client code imports it): modules and preset lists load only when asked for.
 */
import type { LabModule } from '../components/labs/context';

export interface LabSpec {
  /** Imports the lab's UI module (chart.js and the engine come with it). */
  load(): Promise<LabModule>;
  /** What `<Lab preset="…">` may say (null: the lab takes no preset). */
  preset: null | { kind: 'one-of'; values(): Promise<readonly string[]> } | { kind: 'number'; min: number; max: number };
  /** The keys of the lab's state in the URL, `#lab=<id>&<key>=…` (schedules adds its scheduler's option names). */
  urlKeys: readonly string[];
}

/** In the order the sidebar, the home page and the labs page list them. */
export const LABS = {
  race: {
    load: () => import('../components/labs/race-lab'),
    preset: { kind: 'one-of', values: async () => (await import('./surfaces')).SURFACE_IDS },
    urlKeys: ['s', 'o', 'f', 'k', 'lr', 'm', 'b1', 'b2', 'n', 'x', 'y'],
  },
  inside: {
    load: () => import('../components/labs/inside-lab'),
    preset: { kind: 'one-of', values: async () => (await import('./inside')).INSIDE_OPTS },
    urlKeys: ['o', 'lr', 'p', 't'],
  },
  schedules: {
    load: () => import('../components/labs/schedules-lab'),
    preset: { kind: 'one-of', values: async () => (await import('./schedules')).SCHEDULE_KINDS },
    urlKeys: ['k', 'lr', 'e'],
  },
  lr: {
    load: () => import('../components/labs/lr-lab'),
    // = LR_MIN / LR_MAX of ./lr.ts (tests/labs-registry.test.ts)
    preset: { kind: 'number', min: 0.001, max: 3 },
    urlKeys: ['lr', 'n'],
  },
  pitfalls: {
    load: () => import('../components/labs/pitfalls-lab'),
    preset: null,
    urlKeys: ['o', 'z', 's', 'a'],
  },
  'param-groups': {
    load: () => import('../components/labs/param-groups-lab'),
    preset: null,
    urlKeys: ['bl', 'bw', 'hl', 'hw', 'xl', 'xw', 'sb', 'c'],
  },
} as const satisfies Record<string, LabSpec>;

export type LabId = keyof typeof LABS;
export const LAB_IDS = Object.keys(LABS) as LabId[];

export function isLabId(id: string): id is LabId {
  return Object.hasOwn(LABS, id);
}

/** The i18n keys of a lab's title and one-line description (namespace `labs`). */
export const labTitleKey = (id: LabId) => `lab.${id}.title` as const;
export const labDescKey = (id: LabId) => `lab.${id}.desc` as const;

/** Why `<Lab id preset>` is not valid, or null when it is (build-time check in src/components/Lab.astro). */
export async function presetProblem(id: LabId, preset: string | undefined): Promise<string | null> {
  if (preset === undefined) return null;
  const spec: LabSpec['preset'] = LABS[id].preset;
  if (spec === null) return `<Lab id="${id}"> takes no preset`;
  if (spec.kind === 'number') {
    const n = Number(preset);
    return Number.isFinite(n) && n >= spec.min && n <= spec.max ? null : `<Lab id="${id}" preset>: a number in [${spec.min}, ${spec.max}]`;
  }
  const values = await spec.values();
  return values.includes(preset) ? null : `<Lab id="${id}" preset="${preset}">: one of ${values.join(', ')}`;
}
