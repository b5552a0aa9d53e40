/**
 * Build-time access to content/exercises/<id>/: the definition (kind, choices, budget) and the starter/solution
 * files as text. Used by the Checkpoint/Exercise components while rendering; never shipped to the browser
 * (the browser loads only the one exercise.ts it checks, see element.ts).
 */
import { DEFAULT_BUDGET_MS, type ExerciseDef } from './types';
import type { Lang } from '@/i18n/define';
import { localizeComments, type CodeLang } from '@/site/cell-comments';

const defs = import.meta.glob<{ default: ExerciseDef }>('/content/exercises/*/exercise.ts', { eager: true });
const raw = import.meta.glob<string>('/content/exercises/*/{starter,solution}.{ts,py}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface ExerciseSource {
  id: string;
  kind: ExerciseDef['kind'];
  budgetMs: number;
  starter?: string;
  solution?: string;
  solutionPy?: string;
  /** the PyTorch starter: the cell gets a PyTorch tab and Check judges whichever tab is visible */
  starterPy?: string;
}

const file = (id: string, name: string, lang: Lang) => {
  const code = raw[`/content/exercises/${id}/${name}`]?.replace(/\s+$/, '');
  return code === undefined ? undefined : localizeComments(code, name.slice(-2) as CodeLang, lang);
};

/** The exercise's definition and code, its comments in `lang` (src/site/cell-comments.ts). */
export function exerciseSource(id: string, lang: Lang): ExerciseSource {
  const def = defs[`/content/exercises/${id}/exercise.ts`]?.default;
  if (!def) throw new Error(`content/exercises/${id}/exercise.ts not found (used by <Checkpoint>/<Exercise id="${id}">)`);
  if (def.id !== id) throw new Error(`content/exercises/${id}/exercise.ts declares id "${def.id}"`);
  return {
    id,
    kind: def.kind,
    budgetMs: def.budgetMs ?? DEFAULT_BUDGET_MS,
    starter: file(id, 'starter.ts', lang),
    solution: file(id, 'solution.ts', lang),
    solutionPy: file(id, 'solution.py', lang),
    starterPy: file(id, 'starter.py', lang),
  };
}
