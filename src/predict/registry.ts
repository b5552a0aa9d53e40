/** Every cell's prediction, by cell id: the default exports of content/cells/<id>.predict.ts (build time only). */
import type { Prediction } from './types';

const files = import.meta.glob<Prediction>('/content/cells/*.predict.ts', { import: 'default', eager: true });
const byId = new Map(Object.entries(files).map(([path, p]) => [path.slice('/content/cells/'.length, -'.predict.ts'.length), p]));

export function predictionFor(id: string): Prediction | undefined {
  return byId.get(id);
}
