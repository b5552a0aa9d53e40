/**
 * Quiz checkpoints: the answer key lives here (language-neutral), never in the MDX. A wrong pick gets its own
 * explanation when the exercise names one, else the generic "not quite" message with the picked label.
 */
import { defineExercise, fail, pass, type CheckKey, type ExerciseDef } from './types';

export function quiz(
  id: string,
  choices: readonly string[],
  answer: string,
  feedback: Partial<Record<string, CheckKey>> = {},
): ExerciseDef & { answer: string } {
  return defineExercise({
    id,
    kind: 'quiz',
    choices,
    answer,
    check({ choice }) {
      if (!choice) return fail('check.choose');
      if (choice === answer) return pass('check.quiz.pass');
      return fail(feedback[choice] ?? 'check.quiz.wrong', { choice });
    },
  });
}
