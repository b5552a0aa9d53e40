/**
 * Quiz checkpoints: the answer key lives here (language-neutral), never in the MDX. A wrong pick gets its own
 * explanation when the exercise names one (a key of its `messages`), else the generic "not quite" message with the
 * picked label.
 */
import { defineExercise, fail, pass, type ExerciseDef, type Messages } from './types';

export function quiz<K extends string>(
  id: string,
  choices: readonly string[],
  answer: string,
  wrong: Partial<Record<string, K>> = {},
  own?: { messages: Messages<K> },
): ExerciseDef & { answer: string } {
  return defineExercise({
    id,
    kind: 'quiz',
    choices,
    answer,
    messages: own?.messages,
    check({ choice }) {
      if (!choice) return fail('check.choose');
      if (choice === answer) return pass('check.quiz.pass');
      const explained = wrong[choice];
      return explained ? { pass: false, key: explained, params: { choice } } : fail('check.quiz.wrong', { choice });
    },
  });
}
