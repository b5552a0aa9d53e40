/** Choice labels several predictions share (one place per wording). */
import type { Text } from './types';

export const LABEL = {
  down: { en: 'go down', zh: '下降' },
  flat: { en: 'barely move', zh: '几乎不动' },
  explode: { en: 'explode', zh: '爆炸（越来越大）' },
  same: { en: 'exactly the same', zh: '完全相同' },
  different: { en: 'different', zh: '不一样' },
} as const satisfies Record<string, Text>;
